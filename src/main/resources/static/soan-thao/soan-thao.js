// The drafting page: reads a plan (GET /api/plans/{id}), lets its drafting unit edit the draft and saves it whole
// (PUT /api/plans/{id} with If-Match). Opened from the drafting task in Tasklist, it calls the API with the Tasklist
// login (session cookie); X-Requested-With marks its requests as the page's own. Every value from the server is put
// in the page as text (textContent, value), never as HTML.
'use strict';

(function () {
  const planId = new URLSearchParams(window.location.search).get('plan');
  const STEPS = {
    EDIT: 'Sửa dự thảo', CREATED: 'Tạo dự thảo', Task_ReviewPlan: 'Thẩm định', Task_SignPlan: 'Ký ban hành',
    Task_AcceptReport: 'Duyệt báo cáo tổng hợp'
  };
  const DECISIONS = { APPROVE: 'đồng ý', RETURN: 'trả lại', REJECT: 'không ban hành' };
  let units = [];
  let etag = null;
  let plan = null;

  const byId = (id) => document.getElementById(id);
  const field = (row, name) => row.querySelector('[data-field="' + name + '"]');
  const text = (row, name) => field(row, name).value.trim();

  async function api(method, url, body) {
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['If-Match'] = etag;
    }
    const response = await fetch(url, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
    let data = null;
    try {
      data = await response.json();
    } catch (notJson) {
      // the status says enough
    }
    return { status: response.status, ok: response.ok, etag: response.headers.get('ETag'), data };
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

  /** The server's own message, and what the person can do about it. */
  function showFailure(what, result) {
    const data = result.data || {};
    let message = data.message || ('lỗi ' + result.status + ' khi gọi máy chủ');
    if (result.status === 412 || result.status === 409) {
      message += '\n\nCác thay đổi trên trang chưa được lưu. Tải lại trang để xem bản hiện tại rồi sửa lại.';
    }
    show('error', what + ' (' + result.status + '): ' + message,
      (data.errors || []).map((e) => e.field + ': ' + e.message));
  }

  const vietnameseDate = NgayThang.vietnamese;

  /** dd/mm/yyyy (or d/m/yyyy) → yyyy-mm-dd; empty → null; anything else is refused before sending. */
  function isoDate(value, what) {
    if (!value) {
      return null;
    }
    const iso = NgayThang.iso(value);
    if (!iso) {
      throw new Error(what + ': "' + value + '" không phải ngày hợp lệ dạng dd/mm/yyyy');
    }
    return iso;
  }

  function fillUnits(select, selected, allowNone) {
    select.replaceChildren();
    if (allowNone) {
      select.appendChild(new Option('— ngoài hệ thống (ghi tên) —', ''));
    }
    units.forEach((unit) => select.appendChild(new Option(unit.name, unit.id)));
    select.value = selected || '';
  }

  function addRow(tbodyId, templateId) {
    const row = byId(templateId).content.firstElementChild.cloneNode(true);
    row.querySelector('button.remove').addEventListener('click', () => {
      row.remove();
      renumber();
    });
    byId(tbodyId).appendChild(row);
    return row;
  }

  function addDocument(implemented) {
    const row = addRow('documents', 'document-row');
    const d = implemented || {};
    field(row, 'number').value = d.number || '';
    field(row, 'date').value = vietnameseDate(d.date);
    field(row, 'issuer').value = d.issuer || '';
    field(row, 'title').value = d.title || '';
  }

  function addAssignment(assignment) {
    const row = addRow('assignments', 'assignment-row');
    const a = assignment || {};
    fillUnits(field(row, 'unit'), a.unit && a.unit.id, false);
    field(row, 'role').value = a.role || 'LEAD';
    field(row, 'kind').value = a.kind || 'TASK';
    field(row, 'task').value = a.task || '';
    field(row, 'deadline').value = a.deadline || '';
    field(row, 'dueDate').value = vietnameseDate(a.dueDate);
    // the last day shown was read from the phrase: a new phrase is read again, unless a day is typed by hand
    field(row, 'deadline').addEventListener('input', () => {
      if (!field(row, 'dueDate').dataset.typed) {
        field(row, 'dueDate').value = '';
      }
    });
    field(row, 'dueDate').addEventListener('input', () => {
      field(row, 'dueDate').dataset.typed = 'yes';
    });
    renumber();
  }

  function addRecipient(recipient) {
    const row = addRow('recipients', 'recipient-row');
    const r = recipient || {};
    fillUnits(field(row, 'unit'), r.unit && r.unit.id, true);
    field(row, 'name').value = r.name || '';
    field(row, 'purpose').value = r.purpose || 'EXECUTE';
  }

  function renumber() {
    byId('assignments').querySelectorAll('tr').forEach((row, i) => {
      field(row, 'position').textContent = String(i + 1);
    });
  }

  function fill(view) {
    plan = view;
    byId('plan-number').textContent = view.number ? 'số ' + view.number : '';
    byId('plan-state').textContent = 'Kế hoạch ' + view.id + ' — trạng thái: ' + view.stateLabel;
    byId('title').value = view.title;
    byId('type').value = view.type;
    byId('issuer').textContent = view.issuer.name;
    byId('drafter').textContent = view.drafter.name;
    fillUnits(byId('monitoringUnit'), view.monitoringUnit.id, false);
    // an edit replaces the whole draft: the review dates go back as they are unless the drafter changes them
    byId('interimReviewOn').value = vietnameseDate(view.interimReviewOn);
    byId('finalReviewOn').value = vietnameseDate(view.finalReviewOn);
    ['documents', 'assignments', 'recipients'].forEach((id) => byId(id).replaceChildren());
    view.implementsDocuments.forEach(addDocument);
    view.assignments.forEach(addAssignment);
    view.recipients.forEach(addRecipient);
    showReturnComment(view);
    showHistory(view.history);
    const drafting = view.state === 'DRAFTING';
    byId('editable').disabled = !drafting;
    byId('save').disabled = !drafting;
    if (!drafting) {
      show('info', 'Kế hoạch không còn ở bước soạn thảo (' + view.stateLabel + '): chỉ xem, không sửa được.');
    }
    byId('plan-form').hidden = false;
  }

  function showReturnComment(view) {
    const box = byId('return-comment');
    box.hidden = !view.returnComment;
    if (view.returnComment) {
      byId('return-comment-text').textContent = view.returnComment;
      const returned = view.history.filter((e) => e.decision === 'RETURN').pop();
      byId('return-comment-by').textContent = returned
        ? [STEPS[returned.step] || returned.step, returned.by, when(returned.at)].filter(Boolean).join(' — ') : '';
    }
  }

  function when(at) {
    return at ? vietnameseDate(at) + ' ' + at.slice(11, 16) : '';
  }

  function showHistory(events) {
    const body = byId('history');
    body.replaceChildren();
    events.slice().reverse().forEach((event) => {
      const row = body.insertRow();
      const step = (STEPS[event.step] || event.step) + (event.decision ? ': ' + (DECISIONS[event.decision] || event.decision) : '');
      [when(event.at), step, event.by || '', event.comment || ''].forEach((value) => {
        row.insertCell().textContent = value;
      });
    });
    byId('history-section').hidden = events.length === 0;
  }

  /** The whole draft as POST /api/plans takes it; issuer and drafter as they are (they cannot change). */
  function collect() {
    const rows = (id) => Array.from(byId(id).querySelectorAll('tr'));
    return {
      title: byId('title').value.trim(),
      type: byId('type').value.trim(),
      issuer: plan.issuer.id,
      drafter: plan.drafter.id,
      monitoringUnit: byId('monitoringUnit').value,
      interimReviewOn: isoDate(byId('interimReviewOn').value.trim(), 'Ngày sơ kết'),
      finalReviewOn: isoDate(byId('finalReviewOn').value.trim(), 'Ngày tổng kết'),
      implements: rows('documents').map((row, i) => ({
        number: text(row, 'number') || null,
        date: isoDate(text(row, 'date'), 'Văn bản được triển khai ' + (i + 1) + ', ngày'),
        issuer: text(row, 'issuer') || null,
        title: text(row, 'title') || null
      })),
      assignments: rows('assignments').map((row, i) => ({
        unit: field(row, 'unit').value,
        role: field(row, 'role').value,
        kind: field(row, 'kind').value,
        task: text(row, 'task'),
        deadline: text(row, 'deadline'),
        dueDate: isoDate(text(row, 'dueDate'), 'Nhiệm vụ ' + (i + 1) + ', ngày cuối')
      })),
      recipients: rows('recipients').map((row) => ({
        unit: field(row, 'unit').value || null,
        name: text(row, 'name') || null,
        purpose: field(row, 'purpose').value
      }))
    };
  }

  async function save(event) {
    event.preventDefault();
    let body;
    try {
      body = collect();
    } catch (invalid) {
      show('error', 'Không lưu được: ' + invalid.message);
      return;
    }
    byId('save').disabled = true;
    // the answer of an earlier save must not be read as this one's
    show('info', 'Đang lưu dự thảo…');
    try {
      const result = await api('PUT', '/api/plans/' + encodeURIComponent(planId), body);
      if (!result.ok) {
        showFailure('Không lưu được', result);
        return;
      }
      etag = result.etag;
      fill(result.data);
      show('ok', 'Đã lưu dự thảo lúc ' + new Date().toLocaleTimeString('vi-VN') + '.');
    } catch (network) {
      show('error', 'Không kết nối được máy chủ: ' + network.message);
    } finally {
      byId('save').disabled = plan.state !== 'DRAFTING';
    }
  }

  async function load() {
    if (!planId || !/^\d+$/.test(planId)) {
      show('error', 'Thiếu mã kế hoạch: mở trang này từ việc "Soạn thảo" trong Tasklist (địa chỉ có ?plan=…).');
      return;
    }
    const [unitList, planView] = await Promise.all([api('GET', '/api/units'), api('GET', '/api/plans/' + planId)]);
    if (!unitList.ok || !planView.ok) {
      showFailure('Không tải được kế hoạch', planView.ok ? unitList : planView);
      return;
    }
    units = unitList.data;
    etag = planView.etag;
    fill(planView.data);
  }

  byId('add-document').addEventListener('click', () => addDocument());
  byId('add-assignment').addEventListener('click', () => addAssignment());
  byId('add-recipient').addEventListener('click', () => addRecipient());
  byId('plan-form').addEventListener('submit', save);
  load().catch((failure) => show('error', 'Không tải được kế hoạch: ' + failure.message));
})();
