// The evidence page (tài liệu minh chứng): lists the files attached to an assignment's report
// (?plan=…&assignment=…) or to a plan (?plan=…: every file, the consolidated report's first), and attaches a new one
// (multipart POST). Opened from the Tasklist task, it calls the API with the Tasklist login (session cookie);
// X-Requested-With marks its requests as the page's own. Values from the server go into the page as text only.
'use strict';

(function () {
  const params = new URLSearchParams(window.location.search);
  const planId = params.get('plan');
  const assignmentId = params.get('assignment');
  const byId = (id) => document.getElementById(id);
  let plan = null;
  let limits = null;

  const listUrl = () => '/api/plans/' + encodeURIComponent(planId)
    + (assignmentId ? '/assignments/' + encodeURIComponent(assignmentId) : '') + '/evidence';

  async function call(method, url, body) {
    const response = await fetch(url, {
      method, credentials: 'same-origin', body,
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    let data = null;
    try {
      data = await response.json();
    } catch (notJson) {
      // the status says enough
    }
    return { status: response.status, ok: response.ok, data };
  }

  function show(kind, message) {
    const box = byId('message');
    box.className = 'message ' + kind;
    box.textContent = message;
    box.hidden = false;
  }

  function failure(what, result) {
    const data = result.data || {};
    show('error', what + ' (' + result.status + '): ' + (data.message || 'lỗi khi gọi máy chủ'));
  }

  /** 2026-12-03T13:54:10+07:00 → 03/12/2026 13:54 (the server writes Vietnam's time). */
  function vietnameseTime(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] + ' ' + m[4] + ':' + m[5] : (text || '');
  }

  function size(bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024)) + ' KB';
    }
    return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '').replace('.', ',') + ' MB';
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    if (className) {
      const code = document.createElement('code');
      code.className = className;
      code.textContent = text;
      td.appendChild(code);
    } else {
      td.textContent = text;
    }
    row.appendChild(td);
    return td;
  }

  function assignmentLabel(id) {
    if (id === null || id === undefined) {
      return 'Báo cáo tổng hợp';
    }
    const a = plan && plan.assignments.find((x) => x.id === id);
    return a ? (plan.assignments.indexOf(a) + 1) + '. ' + a.unit.name : String(id);
  }

  async function load() {
    const result = await call('GET', listUrl());
    if (!result.ok) {
      failure('Không tải được danh sách tệp', result);
      return;
    }
    const rows = byId('files');
    rows.replaceChildren();
    result.data.forEach((file) => {
      const row = document.createElement('tr');
      row.dataset.evidenceId = file.id;
      cell(row, assignmentLabel(file.assignmentId));
      const nameCell = cell(row, '');
      const link = document.createElement('a');
      link.href = '/api/evidence/' + encodeURIComponent(file.id);
      link.textContent = file.fileName;
      link.className = 'file-name';
      nameCell.appendChild(link);
      cell(row, file.contentType);
      cell(row, size(file.size));
      cell(row, file.sha256, 'sha256');
      cell(row, file.uploadedBy);
      cell(row, vietnameseTime(file.uploadedAt));
      cell(row, file.note || '');
      const actions = cell(row, '');
      if (file.mine) {
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'remove';
        remove.textContent = 'Xóa';
        remove.addEventListener('click', () => removeFile(file));
        actions.appendChild(remove);
      }
      rows.appendChild(row);
    });
    byId('files-table').hidden = result.data.length === 0;
    byId('empty').hidden = result.data.length !== 0;
  }

  async function removeFile(file) {
    if (!window.confirm('Xóa tệp "' + file.fileName + '"?')) {
      return;
    }
    const result = await call('DELETE', '/api/evidence/' + encodeURIComponent(file.id));
    if (!result.ok) {
      failure('Không xóa được tệp', result);
      return;
    }
    show('ok', 'Đã xóa tệp "' + file.fileName + '".');
    await load();
  }

  async function upload(event) {
    event.preventDefault();
    const chosen = byId('file').files[0];
    if (!chosen) {
      show('error', 'Chọn một tệp để đính kèm (choose a file).');
      return;
    }
    if (limits && chosen.size > limits.maxBytes) {
      show('error', 'Tệp "' + chosen.name + '" (' + size(chosen.size) + ') lớn hơn giới hạn ' + size(limits.maxBytes)
        + '; hãy nén ảnh, chia nhỏ hoặc chuyển sang PDF.');
      return;
    }
    const form = new FormData();
    form.append('file', chosen, chosen.name);
    if (byId('note').value.trim()) {
      form.append('note', byId('note').value.trim());
    }
    byId('upload').disabled = true;
    try {
      const target = assignmentId ? listUrl() : '/api/plans/' + encodeURIComponent(planId) + '/evidence';
      const result = await call('POST', target, form);
      if (!result.ok) {
        failure('Không đính kèm được tệp', result);
        return;
      }
      show('ok', 'Đã đính kèm "' + result.data.fileName + '" (SHA-256 ' + result.data.sha256 + ').');
      byId('file').value = '';
      byId('note').value = '';
      await load();
    } finally {
      byId('upload').disabled = false;
    }
  }

  async function start() {
    if (!planId) {
      show('error', 'Thiếu tham số plan trong địa chỉ trang (mở trang từ công việc trong Tasklist).');
      return;
    }
    const planResult = await call('GET', '/api/plans/' + encodeURIComponent(planId));
    if (planResult.status === 401) {
      show('error', 'Chưa đăng nhập: đăng nhập Tasklist rồi mở lại trang này từ công việc.');
      return;
    }
    if (!planResult.ok) {
      failure('Không tải được kế hoạch', planResult);
      return;
    }
    plan = planResult.data;
    byId('plan-line').textContent = 'Kế hoạch ' + (plan.number || '(dự thảo)') + ': ' + plan.title;
    if (assignmentId) {
      const a = plan.assignments.find((x) => String(x.id) === assignmentId);
      byId('target-line').textContent = a
        ? 'Báo cáo của nhiệm vụ ' + (plan.assignments.indexOf(a) + 1) + ' — ' + a.unit.name + ': ' + a.task
        : 'Nhiệm vụ ' + assignmentId;
    } else {
      byId('target-line').textContent = 'Mọi tệp của kế hoạch; tệp mới được đính kèm vào báo cáo tổng hợp '
        + '(đơn vị theo dõi, tổng hợp báo cáo).';
    }
    const limitResult = await call('GET', '/api/evidence/limits');
    if (limitResult.ok) {
      limits = limitResult.data;
      byId('limits').textContent = 'Mỗi tệp tối đa ' + size(limits.maxBytes) + ', tối đa ' + limits.maxFiles
        + ' tệp; loại được nhận: ' + limits.accepted.join(', ') + ' (xét theo nội dung tệp).';
    }
    byId('upload-form').hidden = false;
    byId('upload-form').addEventListener('submit', upload);
    await load();
  }

  start();
})();
