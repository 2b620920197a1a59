import { For } from 'solid-js';
import { readerSettings, updateReaderSettings } from '../settings/reader-settings-store.ts';
import { READER_SETTING_CHOICES, type ReaderSettings } from '../settings/reader-settings.ts';

/** One reader setting as a named radio group (fieldset and legend), applied as soon as it changes. */
export function SettingChoices<K extends keyof ReaderSettings>(props: { setting: K; legend: string }) {
  return (
    <fieldset class="setting-choices">
      <legend>{props.legend}</legend>
      <div class="setting-options">
        <For each={READER_SETTING_CHOICES[props.setting]}>
          {(choice) => (
            <label class="setting-option">
              <input
                type="radio"
                name={`reader-${props.setting}`}
                value={choice.value}
                checked={readerSettings()[props.setting] === choice.value}
                onChange={() => updateReaderSettings({ [props.setting]: choice.value })}
              />
              <span>{choice.label}</span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
