import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldNotesDB } from '../../../src/app/data/db.ts';
import { setBookmark } from '../../../src/app/data/bookmarks.ts';
import { syncPosts } from '../../../src/app/data/sync.ts';
import { takenDownPost } from '../../../src/app/data/taken-down.ts';
import { makePost, makeSource } from './fixtures.ts';

const alpha = makePost('alpha');
const beta = makePost('beta');

let db: FieldNotesDB;

beforeEach(() => {
  db = new FieldNotesDB(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

describe('takenDownPost', () => {
  it('knows a post the sync removed, by its title, and nothing of a slug never stored', async () => {
    await syncPosts(db, makeSource('v1', [alpha, beta]));
    await syncPosts(db, makeSource('v2', [alpha]));

    expect(await takenDownPost(db, 'beta')).toEqual({ slug: 'beta', title: beta.title });
    expect(await takenDownPost(db, 'alpha')).toBeNull();
    expect(await takenDownPost(db, 'never-published')).toBeNull();
  });

  it('forgets a post once it is published again', async () => {
    await syncPosts(db, makeSource('v1', [alpha, beta]));
    await syncPosts(db, makeSource('v2', [alpha]));
    await syncPosts(db, makeSource('v3', [alpha, beta]));

    expect(await takenDownPost(db, 'beta')).toBeNull();
  });

  it('knows a bookmarked post that is not stored, by the bookmark’s title', async () => {
    await syncPosts(db, makeSource('v1', [alpha]));
    await setBookmark(db, { slug: 'gone', title: 'A post from before' }, true);

    expect(await takenDownPost(db, 'gone')).toEqual({ slug: 'gone', title: 'A post from before' });
  });
});
