import { ReaderSettingsButton } from './ReaderSettingsButton.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';

/** The header's right-hand buttons: theme and reading settings. */
export function HeaderTools() {
  return (
    <div class="header-tools">
      <ThemeToggle />
      <ReaderSettingsButton />
    </div>
  );
}
