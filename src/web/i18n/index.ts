import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './en/common';
import { rules } from './en/rules';
import { instances } from './en/instances';
import { images } from './en/images';
import { shell } from './en/shell';
import { launch } from './en/launch';
import { snapshots } from './en/snapshots';
import { imageActions } from './en/imageActions';
import { session } from './en/session';
import { demo } from './en/demo';
import { zhCommon } from './zh/common';

/**
 * The one i18n layer. English is complete; Chinese falls back to English key by key until its
 * resources are filled in. Feature files add their own top-level sections (instances, images).
 */
export const resources = {
  en: { translation: { ...common, rules, instances, images, shell, launch, snapshots, imageActions, session, demo } },
  zh: { translation: zhCommon },
} as const;

export function initI18n(language = 'en') {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  }
  return i18n;
}

export default i18n;
