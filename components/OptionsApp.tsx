// The options page: kinds and colours, story or whole page, sites always on, the reader's lexicon, language.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPattern } from './always-on';
import { translator } from './i18n';
import { KINDS, loadSettings, saveSettings, SCOPES, type Lang, type SavedTo, type Settings } from './settings';

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export function OptionsApp() {
  const [s, setS] = useState<Settings | null>(null);
  const [places, setPlaces] = useState('');
  const [programs, setPrograms] = useState('');
  const [site, setSite] = useState('');
  const [saved, setSaved] = useState<SavedTo | null>(null);
  const [saveError, setSaveError] = useState('');

  useEffect(() => {
    void loadSettings().then((v) => {
      setS(v);
      setPlaces(v.lexicon.places.join('\n'));
      setPrograms(v.lexicon.programs.join('\n'));
    });
  }, []);
  if (!s) return null;
  const t = translator(s.lang);
  document.title = t('optionsTitle');

  const save = async (next: Settings) => {
    setS(next);
    try {
      setSaved(await saveSettings(next));
    } catch (e) {
      // not even this device could keep them: say so, and leave what was typed in place
      setSaved(null);
      setSaveError(String((e as Error)?.message ?? e));
      return;
    }
    setSaveError('');
    setTimeout(() => setSaved(null), 1200);
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('kindsHighlighted')}</legend>
        {KINDS.map((k) => (
          <div class="kind-row">
            <label>
              <input type="checkbox" name={`kind-${k}`} checked={s.kinds[k]} onChange={(e) => save({ ...s, kinds: { ...s.kinds, [k]: (e.target as HTMLInputElement).checked } })} /> {t(k)}
            </label>
            <input type="color" name={`color-${k}`} value={s.colors[k]} onChange={(e) => save({ ...s, colors: { ...s.colors, [k]: (e.target as HTMLInputElement).value } })} />
          </div>
        ))}
      </fieldset>
      <fieldset class="scope">
        <legend>{t('highlightScope')}</legend>
        {SCOPES.map((scope) => (
          <label>
            <input type="radio" name="scope" value={scope} checked={s.scope === scope} onChange={() => save({ ...s, scope })} />{' '}
            {t(scope === 'story' ? 'scopeStory' : 'scopePage')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('sitesAlwaysOn')}</legend>
        {s.sites.map((origin) => (
          <div class="site-row">
            <span>{origin}</span>
            <button
              onClick={async () => {
                await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
                await save({ ...s, sites: s.sites.filter((x) => x !== origin) });
              }}
            >
              {t('remove')}
            </button>
          </div>
        ))}
        <div class="site-row">
          <input type="url" name="site" placeholder={t('sitePlaceholder')} value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />
          <button
            onClick={async () => {
              let origin: string;
              try {
                origin = new URL(site).origin;
              } catch {
                return;
              }
              if (!(await browser.permissions.request({ origins: [originPattern(origin)] }))) return;
              setSite('');
              if (!s.sites.includes(origin)) await save({ ...s, sites: [...s.sites, origin] });
            }}
          >
            {t('addSite')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('userLexicon')}</legend>
        <label>
          {t('userPlaces')}
          <textarea name="places" value={places} onInput={(e) => setPlaces((e.target as HTMLTextAreaElement).value)} />
        </label>
        <label>
          {t('userPrograms')}
          <textarea name="programs" value={programs} onInput={(e) => setPrograms((e.target as HTMLTextAreaElement).value)} />
        </label>
        <button class="save-lexicon" onClick={() => save({ ...s, lexicon: { places: lines(places), programs: lines(programs) } })}>{t('save')}</button>
        {saved === 'sync' && <span class="saved">{t('saved')}</span>}
        {saved === 'device' && <span class="saved on-device">{t('savedOnDevice')}</span>}
        {saveError && (
          <span class="save-error" role="alert">
            {t('saveFailed')}
            {saveError}
          </span>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('uiLanguage')}</legend>
        <select name="lang" value={s.lang} onChange={(e) => save({ ...s, lang: (e.target as HTMLSelectElement).value as Lang })}>
          <option value="auto">{t('langAuto')}</option>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </fieldset>
    </main>
  );
}
