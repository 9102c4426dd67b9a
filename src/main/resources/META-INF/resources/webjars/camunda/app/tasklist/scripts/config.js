/*
 * Tasklist của hệ thống Kế hoạch PCCC: replaces the config.js of Camunda's webjar (project classes come first on
 * the classpath). Options as read from 7.24's camunda-tasklist-bootstrap.js; language, name and dates are shared by
 * the four apps in ../../kehoach/ngon-ngu.js.
 *
 * "Start process" and "Create task" are not configured here: they are plugins, excluded in ../index.html
 * (cam-exclude-plugins), because plans are started by the application and no role creates standalone tasks.
 */
import {DATE_FORMAT, locales, SYSTEM_NAME, VENDOR} from '../../kehoach/ngon-ngu.js';

export default {
  app: {
    name: SYSTEM_NAME + ' – Công việc',
    vendor: VENDOR
  },
  dateFormat: DATE_FORMAT,
  locales: locales(),
  customScripts: ['../kehoach/chon-ngon-ngu'],

  // the keyboard-shortcut help lists these descriptions as they are: Vietnamese; no "start process" shortcut since
  // the start-process plugin is excluded
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận xử lý công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu công việc'
    }
  }
};
