// The page on which an office takes in a document another body issued: it sends the file to POST /api/plans/import
// to read it, shows what was read (the document's number, date, issuer; each body as written and the unit it was
// matched to), lets the office choose a unit or a deadline, or leave a task out, where the reading is not sure, then
// sends the same file with ?issued=true and those choices. It calls the API with the Tasklist or Cockpit login
// (session cookie); X-Requested-With marks its requests as the page's own. Every value from the server is put in the
// page as text (textContent, value, Option), never as HTML.
'use strict';

(function () {
  const FORMS = {
    DUE: 'hạn cuối', RANGE: 'từ … đến', PHASED: 'theo giai đoạn', RECURRING: 'định kỳ', ONGOING: 'thường xuyên',
    RELATIVE: 'tính từ ngày ban hành', UNPARSED: 'chưa đọc được'
  };
  const ROLES = { LEAD: 'chủ trì', COOPERATE: 'phối hợp' };
  const DROP = '__drop__';
  let units = [];
  let reading = null;

  const byId = (id) => document.getElementById(id);

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    return td;
  }

  function show(kind, message, details) {
    const box = byId('message');
    box.className = 'message ' + kind;
    box.textContent = message;
    if (details && details.length) {
      const list = document.createElement('ul');
      details.forEach((line) => {
        const item = document.createElement('li');
        item.textContent = line;
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    box.hidden = false;
    box.scrollIntoView({ block: 'nearest' });
  }

  async function send(url, file) {
    const form = new FormData();
    form.append('file', file);
    const response = await fetch(url, {
      method: 'POST', credentials: 'same-origin', body: form,
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

  const vietnameseDate = NgayThang.vietnamese;

  /** dd/mm/yyyy → yyyy-mm-dd; empty → null; anything else is refused before sending. */
  function isoDate(value) {
    if (!value) {
      return null;
    }
    const iso = NgayThang.iso(value);
    if (!iso) {
      throw new Error('Ngày ban hành "' + value + '" không phải ngày hợp lệ dạng dd/mm/yyyy');
    }
    return iso;
  }

  function deadlineText(deadline) {
    if (!deadline || deadline.form === 'UNPARSED') {
      return '';
    }
    const read = deadline.lastDay ? 'hạn cuối ' + vietnameseDate(deadline.lastDay) : (FORMS[deadline.form] || '');
    return (deadline.asWritten || '') + (read ? ' — ' + read : '');
  }

  /** A select of the organisation's units, the matched one chosen when the match is sure, and "leave out". */
  function unitSelect(body) {
    const select = document.createElement('select');
    select.dataset.field = 'unit';
    select.appendChild(new Option('— chọn đơn vị —', ''));
    units.forEach((unit) => select.appendChild(new Option(unit.name, unit.id)));
    select.appendChild(new Option('Không theo dõi nhiệm vụ này', DROP));
    const sure = body && body.unit && body.match !== 'FUZZY';
    select.value = sure ? body.unit : '';
    return select;
  }

  function fillAssignments(assignmentsRead, unmatched) {
    const pending = new Set((unmatched || []).map((u) => u.index));
    const tbody = byId('assignments');
    tbody.replaceChildren();
    assignmentsRead.forEach((a) => {
      const row = document.createElement('tr');
      row.dataset.index = a.index;
      row.appendChild(cell(a.index + 1));
      const body = a.body || {};
      const written = cell(body.asWritten || '(không ghi cơ quan)');
      if (body.match === 'FUZZY' || (!body.unit && body.candidate)) {
        const hint = document.createElement('div');
        hint.className = 'muted';
        hint.textContent = 'gần giống: ' + (body.unitName || body.candidateName);
        written.appendChild(hint);
      }
      row.appendChild(written);
      const unitCell = document.createElement('td');
      const select = unitSelect(a.body);
      unitCell.appendChild(select);
      row.appendChild(unitCell);
      row.appendChild(cell(ROLES[a.role] || a.role));
      row.appendChild(cell(a.task.length > 300 ? a.task.slice(0, 300) + '…' : a.task));
      const deadlineCell = cell(deadlineText(a.deadline));
      if (!a.deadline || a.deadline.form === 'UNPARSED') {
        const input = document.createElement('input');
        input.dataset.field = 'deadline';
        input.placeholder = 'ví dụ: trong tháng 6/2024';
        input.maxLength = 1000;
        deadlineCell.appendChild(input);
      }
      row.appendChild(deadlineCell);
      const update = () => {
        row.classList.toggle('dropped', select.value === DROP);
        const deadline = row.querySelector('[data-field=deadline]');
        const lacks = select.value === '' || (deadline && select.value !== DROP && !deadline.value.trim());
        row.classList.toggle('needs-choice', lacks || (pending.has(a.index) && select.value === ''));
      };
      select.addEventListener('change', update);
      row.addEventListener('input', update);
      update();
      tbody.appendChild(row);
    });
  }

  function fillRecipients(recipientsRead) {
    const tbody = byId('recipients');
    tbody.replaceChildren();
    recipientsRead.forEach((r) => {
      const row = document.createElement('tr');
      row.appendChild(cell(r.body.asWritten));
      row.appendChild(cell(r.body.unit ? r.body.unitName : 'ngoài hệ thống (giữ tên)'));
      tbody.appendChild(row);
    });
  }

  function fill(data, unmatched) {
    reading = data;
    const doc = data.document;
    byId('doc-kind').textContent = (doc.kind || '') + (doc.kindCode ? ' (' + doc.kindCode + ')' : '');
    byId('doc-issuer').textContent = (doc.issuer || '(không đọc được)')
      + (doc.issuerMatch && doc.issuerMatch.unit && doc.issuerMatch.match !== 'FUZZY'
        ? ' — trong hệ thống: ' + doc.issuerMatch.unitName : ' — cơ quan ngoài hệ thống');
    byId('doc-number').value = doc.number || '';
    byId('doc-date').value = vietnameseDate(doc.date);
    byId('doc-place').textContent = doc.place ? 'tại ' + doc.place : '';
    byId('doc-title').textContent = doc.title || '';
    const signature = doc.signature;
    byId('doc-signature').textContent = signature
      ? [signature.mode, signature.onBehalfOf, signature.title, signature.name].filter(Boolean).join(' ') : '';
    fillAssignments(data.assignmentsRead, unmatched);
    fillRecipients(data.recipientsRead);
    byId('reading').hidden = false;
  }

  function failure(what, result) {
    const data = result.data || {};
    show('error', what + ' (' + result.status + '): ' + (data.message || 'lỗi khi gọi máy chủ'),
      (data.errors || []).map((e) => e.field + ': ' + e.message));
  }

  async function read(event) {
    event.preventDefault();
    const file = byId('file').files[0];
    if (!file) {
      show('error', 'Chọn tệp văn bản trước khi đọc.');
      return;
    }
    byId('message').hidden = true;
    const result = await send('/api/plans/import', file);
    if (!result.ok) {
      failure('Không đọc được văn bản', result);
      return;
    }
    fill(result.data, []);
    const warnings = (result.data.warnings || []).map((w) => w.messageVi);
    show('info', 'Đã đọc văn bản: kiểm tra số, ngày, đơn vị thực hiện và thời hạn trước khi đưa vào theo dõi.', warnings);
  }

  function choices() {
    const query = new URLSearchParams({ issued: 'true' });
    const number = byId('doc-number').value.trim();
    if (number && number.replace(/\s+/g, '') !== (reading.document.number || '').replace(/\s+/g, '')) {
      query.append('number', number);
    }
    const date = isoDate(byId('doc-date').value);
    if (date && date !== reading.document.date) {
      query.append('issuedOn', date);
    }
    byId('assignments').querySelectorAll('tr').forEach((row) => {
      const index = row.dataset.index;
      const unit = row.querySelector('[data-field=unit]').value;
      const read = reading.assignmentsRead[index].body || {};
      if (unit === DROP) {
        query.append('drop', index);
        return;
      }
      if (unit && (unit !== read.unit || read.match === 'FUZZY')) {
        query.append('assign', index + ':' + unit);
      }
      const deadline = row.querySelector('[data-field=deadline]');
      if (deadline && deadline.value.trim()) {
        query.append('deadline', index + ':' + deadline.value.trim());
      }
    });
    return query;
  }

  async function track() {
    let query;
    try {
      query = choices();
    } catch (wrong) {
      show('error', wrong.message);
      return;
    }
    const result = await send('/api/plans/import?' + query.toString(), byId('file').files[0]);
    if (result.status === 201) {
      const data = result.data;
      byId('reading').hidden = true;
      show('ok', 'Đã đưa vào theo dõi: ' + (data.document.kind || 'văn bản') + ' số ' + (data.document.number || '')
        + ' (mã kế hoạch ' + data.id + '). Các đơn vị được giao đã nhận việc trong Tasklist.');
      const link = document.createElement('a');
      link.href = '/camunda/app/cockpit/default/#/ke-hoach?plan=' + encodeURIComponent(data.id);
      link.textContent = 'Xem kế hoạch trong Cockpit';
      link.id = 'plan-link';
      byId('message').appendChild(document.createElement('br'));
      byId('message').appendChild(link);
      return;
    }
    if (result.status === 422 && result.data && result.data.unmatched) {
      fill(result.data, result.data.unmatched);
      show('error', result.data.message, result.data.unmatched.map((u) => 'Nhiệm vụ ' + (u.index + 1) + ' ('
        + (u.body || 'không ghi cơ quan') + '): ' + (u.missing === 'UNIT' ? 'chọn đơn vị thực hiện' : 'ghi thời hạn')));
      return;
    }
    failure('Chưa đưa vào theo dõi được', result);
  }

  async function load() {
    const response = await fetch('/api/units', {
      credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    if (response.status === 401) {
      show('error', 'Bạn chưa đăng nhập: đăng nhập Tasklist hoặc Cockpit rồi mở lại trang này.');
      byId('read-form').hidden = true;
      return;
    }
    units = await response.json();
    byId('read-form').addEventListener('submit', read);
    byId('track').addEventListener('click', track);
  }

  load();
})();
