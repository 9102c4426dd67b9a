/*
 * Cockpit của hệ thống Kế hoạch PCCC: replaces the config.js of Camunda's webjar (project classes come first on the
 * classpath). Language, name and dates are shared by the four apps in ../../kehoach/ngon-ngu.js; everything else
 * keeps Camunda's defaults.
 */
import {DATE_FORMAT, locales, SYSTEM_NAME, VENDOR} from '../../kehoach/ngon-ngu.js';

export default {
  app: {
    name: SYSTEM_NAME + ' – Theo dõi',
    vendor: VENDOR
  },
  dateFormat: DATE_FORMAT,
  locales: locales(),
  // the language link at the foot of the page, and the plugin "Kế hoạch" (the plans a unit takes part in, on the
  // dashboard and at #/ke-hoach; see README, "Theo dõi kế hoạch trong Cockpit"); relative to app/cockpit/
  customScripts: ['../kehoach/chon-ngon-ngu', 'scripts/ke-hoach-plugin.js']
};
