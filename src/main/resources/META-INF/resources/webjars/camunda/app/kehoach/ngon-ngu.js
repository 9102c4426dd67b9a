/*
 * Ngôn ngữ, tên hệ thống và định dạng ngày của bốn webapp Camunda (Tasklist, Cockpit, Admin, Welcome); mỗi
 * scripts/config.js nhập tệp này, để bốn ứng dụng không lệch nhau.
 *
 * Why a stored choice instead of the browser's language: Camunda 7.24 takes navigator.languages[0] when it is among
 * `locales.availableLocales`, else `fallbackLocale`, and has no language switch of its own. A browser in English would
 * therefore get English whenever 'en' is available. So only the language the user has chosen (localStorage, or
 * ?lang=en|vi in the address) is made available, and Vietnamese when nothing was chosen.
 */

/** localStorage key of the chosen language ('vi' or 'en'); shared by the four apps (same origin). */
export const STORAGE_KEY = 'kehoach.ngonNgu';

/** The languages shipped: app/<app>/locales/vi.json (ours) and en.json (Camunda's). */
export const LANGUAGES = ['vi', 'en'];

export const DEFAULT_LANGUAGE = 'vi';

/** The header shows "<vendor> <app name>"; the login page shows the app name alone. */
export const VENDOR = 'Hệ thống';
export const SYSTEM_NAME = 'Kế hoạch PCCC';

/** dd/MM/yyyy HH:mm in every language (moment.js patterns; `long` adds the weekday for tooltips). */
export const DATE_FORMAT = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'dddd, DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY'
};

/** The language to show: ?lang= in the address (then remembered), else the remembered one, else Vietnamese. */
export function chosenLanguage() {
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (LANGUAGES.includes(asked)) {
      window.localStorage.setItem(STORAGE_KEY, asked);
    }
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : DEFAULT_LANGUAGE;
  } catch (e) {
    // storage refused (privacy settings): Vietnamese
    return DEFAULT_LANGUAGE;
  }
}

/** `locales` of config.js: the chosen language alone, so that the browser's own language cannot override it. */
export function locales() {
  const language = chosenLanguage();
  return {availableLocales: [language], fallbackLocale: language};
}
