import { InstallButton } from './InstallButton.tsx';
import { ReaderSettingsButton } from './ReaderSettingsButton.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';

/** The header's right-hand buttons: install (when offered), theme and reading settings. */
export function HeaderTools() {
  return (
    <div class="header-tools">
      <InstallButton />
      <ThemeToggle />
      <ReaderSettingsButton />
    </div>
  );
}
