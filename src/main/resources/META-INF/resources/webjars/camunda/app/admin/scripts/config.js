/*
 * Admin của hệ thống Kế hoạch PCCC: replaces the config.js of Camunda's webjar (project classes come first on the
 * classpath). Language, name and dates are shared by the four apps in ../../kehoach/ngon-ngu.js; everything else
 * keeps Camunda's defaults.
 */
import {DATE_FORMAT, locales, SYSTEM_NAME, VENDOR} from '../../kehoach/ngon-ngu.js';

export default {
  app: {
    name: SYSTEM_NAME + ' – Quản trị',
    vendor: VENDOR
  },
  dateFormat: DATE_FORMAT,
  locales: locales(),
  customScripts: ['../kehoach/chon-ngon-ngu']
};
