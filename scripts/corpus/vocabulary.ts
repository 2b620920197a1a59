// Words the synthetic posts are written with: conference write-up vocabulary, so the text looks
// like the real posts to the markdown renderer, the sanitizer and the reader's eye.

/** Plain words for sentences. */
export const WORDS: readonly string[] = (
  'the a of to and in for with on that this is was are we our it as by from at be an have has not ' +
  'but or can will more most how what when which who they their there about into over after before ' +
  'cluster clusters node nodes pod pods container containers image images registry service services ' +
  'mesh proxy sidecar ingress gateway network networking policy policies storage volume volumes ' +
  'scheduler scheduling controller controllers operator operators resource resources request requests ' +
  'limit limits quota memory cpu latency throughput traffic load balancer deployment deployments ' +
  'rollout rollback release releases version versions upgrade upgrades team teams engineer engineers ' +
  'developer developers platform platforms workload workloads application applications production ' +
  'staging test tests testing pipeline pipelines build builds artifact artifacts config configuration ' +
  'secret secrets identity access audit logging logs metrics traces tracing dashboard alert alerts ' +
  'incident incidents outage recovery backup restore disaster region regions zone zones edge cloud ' +
  'hybrid vendor vendors community maintainers contributors project projects talk talks keynote ' +
  'speaker speakers session sessions demo demos room hallway track conference week day morning ' +
  'afternoon evening question questions answer answers lesson lessons story stories journey migration ' +
  'legacy monolith microservices api apis schema state stateful stateless database databases queue ' +
  'queues event events stream streams function functions serverless runtime runtimes kernel linux ' +
  'security threat threats supply chain signature signatures compliance governance standard ' +
  'standards open source foundation roadmap feature features alpha beta stable deprecated simple ' +
  'complex fast slow reliable resilient scalable observable secure portable small large new old ' +
  'shared dedicated managed custom native declarative imperative automated manual careful honest ' +
  'practical surprising common rare real'
).split(' ');

/** Words for titles and headings, which read better without the short function words. */
export const TITLE_WORDS: readonly string[] = WORDS.filter((word) => word.length > 3);

/** Code block languages and a few lines each, repeated to the wanted length. */
export const CODE_SAMPLES: readonly { lang: string; lines: readonly string[] }[] = [
  {
    lang: 'yaml',
    lines: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: reader',
      'spec:',
      '  replicas: 3',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: reader',
      '          image: registry.example.org/reader:1.4.2',
    ],
  },
  {
    lang: 'sh',
    lines: [
      'kubectl get pods --all-namespaces',
      'kubectl describe node worker-3',
      'helm upgrade --install reader ./chart',
      'kubectl rollout status deployment/reader',
    ],
  },
  {
    lang: 'go',
    lines: [
      'func (r *Reconciler) Reconcile(ctx context.Context, req Request) (Result, error) {',
      '\tvar app App',
      '\tif err := r.Get(ctx, req.NamespacedName, &app); err != nil {',
      '\t\treturn Result{}, client.IgnoreNotFound(err)',
      '\t}',
      '\treturn Result{RequeueAfter: time.Minute}, nil',
      '}',
    ],
  },
];

/** The 24 most common tags, named like the real posts' tags; the long tail is built from WORDS. */
export const HEAD_TAGS: readonly string[] = [
  'kubernetes',
  'conference',
  'containers',
  'open-source',
  'cloud-native',
  'ci-cd',
  'monitoring',
  'openstack',
  'serverless',
  'service-mesh',
  'extensibility',
  'security',
  'networking',
  'storage',
  'observability',
  'helm',
  'operators',
  'edge',
  'machine-learning',
  'gitops',
  'policy',
  'scheduling',
  'autoscaling',
  'multi-cluster',
];

const ONSETS = [
  'b',
  'br',
  'c',
  'cl',
  'd',
  'f',
  'g',
  'gr',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'w',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', 'n', 'r', 's', 't', 'l', 'x', 'nd', 'rk', 'st'];

/**
 * `count` distinct made-up words of two syllables (project names, people, jargon: the long tail
 * of a real blog's words), the same list every time.
 */
export function longTailWords(count: number): string[] {
  const syllables = ONSETS.flatMap((onset) => VOWELS.map((vowel) => onset + vowel));
  const words = new Set<string>();
  const known = new Set(WORDS);
  for (let n = 0; words.size < count; n += 1) {
    const first = syllables[n % syllables.length]!;
    const second = syllables[Math.floor(n / syllables.length) % syllables.length]!;
    const word = first + second + CODAS[n % CODAS.length]!;
    if (!known.has(word)) words.add(word);
  }
  return [...words];
}
