/*
 * Nút chuyển ngôn ngữ "English" / "Tiếng Việt" ở chân trang của mọi webapp, cả trang đăng nhập.
 * Loaded as a custom script (config.js `customScripts`) before the app starts; it exports no plugin. Camunda 7.24 has
 * no language switch, and its own choice follows the browser (see ngon-ngu.js).
 */
import {chosenLanguage, STORAGE_KEY} from './ngon-ngu.js';

const current = chosenLanguage();
const other = current === 'vi' ? 'en' : 'vi';
document.documentElement.lang = current;

function addSwitch() {
  if (document.querySelector('.kehoach-ngon-ngu')) {
    return;
  }
  const box = document.createElement('div');
  box.className = 'kehoach-ngon-ngu';
  box.style.cssText = 'position:fixed;bottom:0;left:50%;transform:translateX(-50%);z-index:1040;'
      + 'line-height:22px;font-size:12px;';
  const link = document.createElement('a');
  link.href = '#';
  link.lang = other;
  link.textContent = other === 'en' ? 'English' : 'Tiếng Việt';
  link.title = other === 'en' ? 'Show this application in English' : 'Hiển thị ứng dụng bằng tiếng Việt';
  link.addEventListener('click', event => {
    event.preventDefault();
    window.localStorage.setItem(STORAGE_KEY, other);
    window.location.reload();
  });
  box.appendChild(link);
  document.body.appendChild(box);
}

if (document.body) {
  addSwitch();
} else {
  document.addEventListener('DOMContentLoaded', addSwitch);
}
