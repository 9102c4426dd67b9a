/*
 * Cockpit plugin "Kế hoạch" (plans): the plans an office or unit takes part in, running and finished, with their
 * assignments done, open and overdue, the next deadline and links to their process instances.
 *
 * A plain ES module without a build step, loaded by Cockpit through customScripts in scripts/config.js. It reads
 * GET /api/reports/plans (and /api/units, /api/plans/{id}) with the Camunda webapp's session: the server decides
 * which plans the user sees (the plans the user's units take part in), and counts assignments as
 * GET /api/reports/status counts them. Every text from the server goes into the page as text (textContent), never
 * as HTML: titles and comments are what people typed.
 *
 * Three plugins: a section of the dashboard, a page of its own (#/ke-hoach, one plan at #/ke-hoach?plan=ID, the
 * cascade around a plan at #/ke-hoach?tree=ID, from GET /api/plans/{id}/tree) and the entry "Kế hoạch" in Cockpit's
 * header. The cascade's chart is the application's page /ke-hoach/cay.html (ECharts, outside Cockpit's CSP).
 */

/* The application's API beside the webapps: app-root is "/camunda" (or "/ctx/camunda" under a context path). */
const APP_ROOT = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root')) || '/camunda';
const API = APP_ROOT.replace(/\/[^/]*$/, '') + '/api';
const ROUTE = '/ke-hoach';
const DASHBOARD_ROWS = 10;

const STATE_CHOICES = [
  ['', 'Tất cả'],
  ['RUNNING', 'Đang chạy (chưa kết thúc)'],
  ['OVERDUE', 'Có nhiệm vụ quá hạn'],
  ['FINISHED', 'Đã kết thúc hoặc không ban hành'],
  ['DRAFTING', 'Đang soạn thảo'],
  ['IN_REVIEW', 'Đang thẩm định'],
  ['AWAITING_SIGNATURE', 'Chờ ký ban hành'],
  ['IN_EXECUTION', 'Đang tổ chức thực hiện'],
  ['REPORTING', 'Đang tổng hợp báo cáo'],
  ['CLOSED', 'Đã kết thúc'],
  ['REJECTED', 'Không ban hành'],
];

/* The steps and decisions of a plan's history (plan_event), as people call them. */
const STEPS = {
  CREATED: 'Tạo dự thảo',
  EDIT: 'Sửa dự thảo',
  Task_DraftPlan: 'Soạn thảo',
  Task_ReviewPlan: 'Thẩm định',
  Task_SignPlan: 'Ký ban hành',
  ISSUED: 'Cấp số, ngày ban hành',
  DISSEMINATED: 'Gửi Nơi nhận',
  ACKNOWLEDGED: 'Tiếp nhận',
  REMINDER: 'Nhắc việc',
  ESCALATION_1: 'Đôn đốc (đơn vị theo dõi)',
  ESCALATION_2: 'Đôn đốc cấp 2 (người ký)',
  EXTENSION_REQUESTED: 'Xin gia hạn',
  EXTENSION_DECIDED: 'Duyệt gia hạn',
  PERIODIC_REPORT: 'Báo cáo định kỳ',
  ASSIGNMENT_DONE: 'Báo cáo kết quả nhiệm vụ',
  Task_ConsolidateReport: 'Tổng hợp báo cáo',
  Task_AcceptReport: 'Duyệt báo cáo tổng hợp',
  CLOSED: 'Kết thúc kế hoạch',
  REJECTED: 'Không ban hành',
};
const DECISIONS = { APPROVE: 'Đồng ý', RETURN: 'Trả lại', REJECT: 'Không ban hành' };

// --- helpers -------------------------------------------------------------------------------------------------------

/** An element with attributes (className, or any attribute) and children: nodes, or strings put in as text. */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'className') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  fill(element, children, false);
  return element;
}

/** Puts the children (nodes, or strings as text; arrays flattened, null and false left out) into the node. */
function fill(node, children, replace = true) {
  const nodes = [children].flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
  if (replace) {
    node.replaceChildren(...nodes);
  } else {
    node.append(...nodes);
  }
}

/** GET on the application's API with the webapp's session; the error's Vietnamese message if refused. */
async function get(path) {
  const response = await fetch(API + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.message ? body.message : 'HTTP ' + response.status;
    throw new Error(message);
  }
  return body;
}

/** "2024-06-03" → "03/06/2024". */
function date(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return match ? match[3] + '/' + match[2] + '/' + match[1] : '';
}

/** "2024-06-03T09:05:00+07:00" (the API's times are in Vietnam's offset) → "03/06/2024 09:05". */
function dateTime(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || '');
  return match ? match[3] + '/' + match[2] + '/' + match[1] + ' ' + match[4] + ':' + match[5] : '';
}

/** "3/6/2024" or "03/06/2024" → "2024-06-03"; null if it is no date. */
function isoDate(text) {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!match) {
    return null;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const checked = new Date(Date.UTC(year, month - 1, day));
  if (checked.getUTCFullYear() !== year || checked.getUTCMonth() !== month - 1 || checked.getUTCDate() !== day) {
    return null;
  }
  return year + '-' + String(month).padStart(2, '0') + '-' + String(day).padStart(2, '0');
}

/** A date field typed as dd/mm/yyyy (the address keeps yyyy-mm-dd, as the API takes it). */
function dateInput(name, params) {
  return el('input', { type: 'text', name, className: 'form-control input-sm', size: 10, placeholder: 'dd/mm/yyyy',
    value: date(params.get(name)), 'data-kh': 'filter-' + name });
}

function routeParams() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : hash.substring(query + 1));
}

function planHref(id) {
  return '#' + ROUTE + '?plan=' + encodeURIComponent(id);
}

/** Cockpit's view of a running instance; an ended one the community edition cannot show. */
function instanceLink(id, running, text) {
  if (!id) {
    return el('span', { className: 'text-muted' }, '—');
  }
  if (running) {
    return el('a', { href: '#/process-instance/' + encodeURIComponent(id), 'data-kh': 'instance-link',
      title: 'Mở phiên quy trình ' + id + ' trong Cockpit' }, text || 'Xem quy trình');
  }
  return el('span', { className: 'text-muted', 'data-kh': 'instance-ended',
    title: 'Phiên quy trình ' + id + ' đã kết thúc; Cockpit bản cộng đồng chỉ hiển thị phiên đang chạy' },
  'đã kết thúc');
}

/**
 * How to find the plan with Cockpit's own search: the lifecycle's instances by the variable planNumber (the issued
 * number; numbers start again with each term, so with the issue date planIssuedOnText too), or by business key (the
 * plan's id); a link to that search while the instance runs.
 */
function cockpitSearch(plan) {
  const issuedOn = date(plan.issuedOn);
  const text = (plan.number ? 'Biến planNumber = ' + plan.number + ' và planIssuedOnText = ' + issuedOn + '; ' : '')
    + 'business key = ' + plan.id;
  if (!plan.processInstanceRunning || !plan.processDefinitionId) {
    return text;
  }
  const search = plan.number ? [
    { type: 'variables', operator: 'eq', value: plan.number, name: 'planNumber' },
    { type: 'variables', operator: 'eq', value: issuedOn, name: 'planIssuedOnText' },
  ] : [{ type: 'businessKey', operator: 'eq', value: String(plan.id), name: '' }];
  return el('a', { href: '#/process-definition/' + encodeURIComponent(plan.processDefinitionId)
    + '/runtime?searchQuery=' + encodeURIComponent(JSON.stringify(search)), 'data-kh': 'cockpit-search-link',
  title: 'Mở danh sách phiên của "Vòng đời kế hoạch" trong Cockpit, đã lọc theo số và ngày ban hành' }, text);
}

function stateBadge(plan) {
  const kind = plan.state === 'REJECTED' ? 'default' : plan.finished ? 'success'
    : plan.counts.overdue > 0 ? 'danger' : 'primary';
  return el('span', { className: 'label label-' + kind, 'data-kh': 'state' }, plan.stateLabel);
}

function loading(node) {
  fill(node, el('p', { className: 'text-muted' }, 'Đang tải danh sách kế hoạch…'));
}

function failure(node, error) {
  fill(node, el('div', { className: 'alert alert-danger', 'data-kh': 'error' },
    'Không tải được dữ liệu kế hoạch: ', error.message));
}

/** The numbers of a list: plans by state, their counted assignments. */
function summary(result) {
  const s = result.summary;
  const tile = (key, label, value, kind) => el('div', { className: 'kh-tile', 'data-kh': key,
    style: 'display:inline-block;min-width:9em;margin:0 1.5em .8em 0;vertical-align:top' },
  el('div', { className: 'kh-value' + (kind ? ' text-' + kind : ''), style: 'font-size:1.8em;font-weight:bold' },
    String(value)),
  el('div', { className: 'text-muted' }, label));
  return el('div', { className: 'kh-summary', style: 'margin:.5em 0 1em' },
    tile('summary-plans', 'kế hoạch', s.plans),
    tile('summary-running', 'đang chạy', s.running),
    tile('summary-with-overdue', 'có nhiệm vụ quá hạn', s.withOverdue, s.withOverdue ? 'danger' : null),
    tile('summary-finished', 'đã kết thúc', s.finished, 'success'),
    tile('summary-done', 'nhiệm vụ hoàn thành', s.assignments.done, 'success'),
    tile('summary-open', 'nhiệm vụ đang mở', s.assignments.open),
    tile('summary-overdue', 'nhiệm vụ quá hạn', s.assignments.overdue, s.assignments.overdue ? 'danger' : null));
}

function nextDeadline(plan) {
  if (!plan.nextDeadline) {
    return el('span', { className: 'text-muted' }, '—');
  }
  return el('span', { title: plan.nextDeadline.unit.name }, date(plan.nextDeadline.date));
}

/** The table of plans; {@code compact} (dashboard) leaves out the issuer and issue date. */
function planTable(plans, compact) {
  const headers = ['Số', 'Tên kế hoạch'];
  if (!compact) {
    headers.push('Cơ quan ban hành');
  }
  headers.push('Trạng thái');
  if (!compact) {
    headers.push('Ngày ban hành');
  }
  headers.push('Hoàn thành', 'Đang mở', 'Quá hạn', 'Hạn gần nhất', 'Quy trình');
  const own = plans.some((plan) => !plan.countsAll);
  const table = el('table', { className: 'table table-striped table-condensed kh-plans', 'data-kh': 'plans' },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, plans.map((plan) => {
      const mark = plan.countsAll ? '' : '*';
      const cells = [
        el('td', { 'data-kh': 'number', style: 'white-space:nowrap' }, plan.number || el('span', { className: 'text-muted' }, '(chưa cấp số)')),
        el('td', {}, el('a', { href: planHref(plan.id), 'data-kh': 'title' }, plan.title)),
      ];
      if (!compact) {
        cells.push(el('td', {}, plan.issuer.name));
      }
      cells.push(el('td', {}, stateBadge(plan)));
      if (!compact) {
        cells.push(el('td', {}, date(plan.issuedOn)));
      }
      cells.push(
        el('td', { 'data-kh': 'done' }, String(plan.counts.done) + mark),
        el('td', { 'data-kh': 'open' }, String(plan.counts.open) + mark),
        el('td', { 'data-kh': 'overdue', className: plan.counts.overdue ? 'text-danger' : '' },
          String(plan.counts.overdue) + mark),
        el('td', { 'data-kh': 'next-deadline' }, nextDeadline(plan)),
        el('td', {}, instanceLink(plan.processInstanceId, plan.processInstanceRunning)));
      return el('tr', { 'data-plan-id': plan.id }, cells);
    })));
  const notes = [];
  if (own) {
    notes.push(el('p', { className: 'text-muted small', 'data-kh': 'own-note' },
      '* Chỉ tính các nhiệm vụ giao cho đơn vị mình (đơn vị không thuộc cơ quan ban hành, văn phòng hay người ký).'));
  }
  return el('div', {}, table, notes);
}

// --- dashboard -----------------------------------------------------------------------------------------------------

async function renderDashboard(node) {
  const root = el('div', { className: 'kh-plugin kh-dashboard', 'data-kh': 'dashboard', style: 'padding:0 15px' });
  fill(node, root);
  loading(root);
  try {
    const result = await get('/reports/plans?limit=200');
    const running = result.plans.filter((plan) => !plan.finished)
      .sort((a, b) => b.counts.overdue - a.counts.overdue || (a.nextDeadline ? a.nextDeadline.date : '9')
        .localeCompare(b.nextDeadline ? b.nextDeadline.date : '9') || b.id - a.id);
    fill(root, [
      el('h3', {}, 'Kế hoạch ', el('small', {}, '(plugin Kế hoạch: các kế hoạch đơn vị tham gia)')),
      summary(result),
      running.length ? planTable(running.slice(0, DASHBOARD_ROWS), true)
        : el('p', { className: 'text-muted' }, 'Không có kế hoạch nào đang chạy.'),
      el('p', {}, el('a', { href: '#' + ROUTE, 'data-kh': 'all-plans' },
        'Xem tất cả kế hoạch, kể cả đã kết thúc →')),
    ]);
  } catch (error) {
    failure(root, error);
  }
}

// --- the list of plans ---------------------------------------------------------------------------------------------

function filterForm(params, issuers) {
  const select = (name, choices) => el('select', { name, className: 'form-control input-sm', 'data-kh': 'filter-' + name },
    choices.map(([value, label]) => el('option', { value, selected: params.get(name) === value || (!params.get(name) && !value) },
      label)));
  const field = (label, control) => el('div', { className: 'form-group', style: 'margin-right:1em' },
    el('label', { style: 'margin-right:.4em' }, label), control);
  const form = el('form', { className: 'form-inline kh-filters', 'data-kh': 'filters', style: 'margin-bottom:1em' },
    field('Cơ quan ban hành', select('issuer', [['', 'Tất cả']].concat(issuers.map((u) => [u.id, u.name])))),
    field('Trạng thái', select('state', STATE_CHOICES)),
    field('Từ ngày', dateInput('from', params)),
    field('Đến ngày', dateInput('to', params)),
    field('Số', el('input', { type: 'text', name: 'number', className: 'form-control input-sm', size: 12,
      placeholder: '01-KH/TU', value: params.get('number') || '', 'data-kh': 'filter-number' })),
    el('button', { type: 'submit', className: 'btn btn-primary btn-sm', 'data-kh': 'filter-apply' }, 'Lọc'), ' ',
    el('a', { href: '#' + ROUTE, className: 'btn btn-link btn-sm' }, 'Bỏ lọc'));
  const problem = el('p', { className: 'text-danger', 'data-kh': 'filter-problem' });
  form.appendChild(problem);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    for (const name of ['issuer', 'state', 'from', 'to', 'number']) {
      let value = form.elements[name].value.trim();
      if (value && (name === 'from' || name === 'to')) {
        value = isoDate(value);
        if (!value) {
          fill(problem, 'Ngày "' + form.elements[name].value.trim() + '" không hợp lệ: ghi theo dạng dd/mm/yyyy, '
            + 'ví dụ 03/06/2024.');
          return;
        }
      }
      if (value) {
        chosen.set(name, value);
      }
    }
    const query = chosen.toString();
    window.location.hash = '#' + ROUTE + (query ? '?' + query : '');
  });
  return form;
}

/** The chart page /bao-cao/bieu-do.html with the list's issuer and period (GET /api/reports/status's filters). */
function chartsAddress(params) {
  const chosen = new URLSearchParams();
  for (const name of ['issuer', 'from', 'to']) {
    if (params.get(name)) {
      chosen.set(name, params.get(name));
    }
  }
  const query = chosen.toString();
  return APP_ROOT.replace(/\/[^/]*$/, '') + '/bao-cao/bieu-do.html' + (query ? '?' + query : '');
}

async function renderList(root, params) {
  const query = new URLSearchParams();
  for (const name of ['issuer', 'state', 'from', 'to', 'number']) {
    if (params.get(name)) {
      query.set(name, params.get(name));
    }
  }
  const [units, result] = await Promise.all([get('/units').catch(() => []), get('/reports/plans?' + query)]);
  const issuers = units.filter((unit) => unit.issuer);
  fill(root, [
    el('h2', {}, 'Kế hoạch'),
    el('p', { className: 'text-muted' }, 'Các kế hoạch đơn vị của bạn tham gia, đang chạy và đã kết thúc, theo dữ liệu '
      + 'của kế hoạch (số, tên, trạng thái, nhiệm vụ). Kỳ lọc theo ngày ban hành; kế hoạch chưa ban hành theo ngày tạo. '
      + 'Số liệu lúc ' + dateTime(result.at) + '.'),
    el('p', {}, el('a', { href: '/nhap-van-ban/index.html', target: '_blank', 'data-kh': 'take-in' },
      'Nhận văn bản đã ban hành (của cơ quan khác) để theo dõi thực hiện')),
    el('p', {}, el('a', { href: chartsAddress(params), target: '_blank', 'data-kh': 'status-charts' },
      'Biểu đồ tình hình thực hiện và tải Excel (cùng cơ quan ban hành và kỳ)')),
    filterForm(params, issuers),
    summary(result),
    result.plans.length ? planTable(result.plans, false)
      : el('p', { className: 'text-muted', 'data-kh': 'empty' }, 'Không có kế hoạch nào phù hợp.'),
    result.truncated ? el('p', { className: 'text-warning', 'data-kh': 'truncated' },
      'Chỉ hiện ' + result.plans.length + ' kế hoạch mới nhất; hãy lọc thêm để xem các kế hoạch khác.') : null,
    el('p', { className: 'text-muted small' }, 'Tìm một kế hoạch đang chạy trong Cockpit theo số: Quy trình → '
      + '"Vòng đời kế hoạch" → tìm "Biến" planNumber = số kế hoạch (ví dụ 01-KH/TU); mã nghiệp vụ (business key) là '
      + 'mã kế hoạch.'),
  ]);
}

// --- one plan ------------------------------------------------------------------------------------------------------

function definitionList(entries) {
  return el('dl', { className: 'dl-horizontal kh-plan-facts' }, entries.filter(([, value]) => value !== null)
    .map(([label, value, key]) => [el('dt', {}, label), el('dd', { 'data-kh': key || null }, value)]));
}

async function renderPlan(root, id) {
  const [plan, detail, tree] = await Promise.all([get('/reports/plans/' + encodeURIComponent(id)),
    get('/plans/' + encodeURIComponent(id)).catch(() => null),
    get('/plans/' + encodeURIComponent(id) + '/tree').catch(() => null)]);
  const assignments = el('table', { className: 'table table-striped table-condensed', 'data-kh': 'assignments' },
    el('thead', {}, el('tr', {}, ['#', 'Đơn vị', 'Vai trò', 'Nhiệm vụ', 'Thời hạn', 'Hạn cuối', 'Tình trạng',
      'Quy trình'].map((h) => el('th', {}, h)))),
    el('tbody', {}, plan.assignments.map((a) => el('tr', { 'data-assignment-id': a.id },
      el('td', {}, String(a.number)),
      el('td', {}, a.unit.name, a.counted || !a.status ? '' : ' *'),
      el('td', { style: 'white-space:nowrap' }, a.roleLabel),
      el('td', {}, a.task),
      el('td', {}, a.deadline),
      el('td', { style: 'white-space:nowrap' }, date(a.dueDate)),
      el('td', { 'data-kh': 'assignment-status',
        className: a.status === 'IN_PROGRESS_OVERDUE' ? 'text-danger' : '' },
      a.statusLabel || el('span', { className: 'text-muted' }, 'chưa ban hành')),
      el('td', {}, instanceLink(a.processInstanceId, a.processInstanceRunning, 'Xem quy trình'))))));
  const history = detail && detail.history && detail.history.length ? el('table',
    { className: 'table table-condensed', 'data-kh': 'history' },
    el('thead', {}, el('tr', {}, ['Thời gian', 'Bước', 'Quyết định', 'Nội dung', 'Người thực hiện']
      .map((h) => el('th', {}, h)))),
    el('tbody', {}, detail.history.map((event) => el('tr', {},
      el('td', { style: 'white-space:nowrap' }, dateTime(event.at)),
      el('td', {}, STEPS[event.step] || event.step),
      el('td', {}, event.decision ? DECISIONS[event.decision] || event.decision : ''),
      el('td', { style: 'white-space:pre-wrap' }, event.comment || ''),
      el('td', {}, event.by === 'system' ? 'hệ thống' : event.by || ''))))) : null;
  fill(root, [
    el('p', {}, el('a', { href: '#' + ROUTE, 'data-kh': 'back' }, '← Danh sách kế hoạch')),
    el('h2', { 'data-kh': 'plan-heading' }, plan.number ? 'Kế hoạch số ' + plan.number : 'Kế hoạch (chưa cấp số)'),
    el('p', { className: 'lead', 'data-kh': 'plan-title' }, plan.title),
    definitionList([
      ['Cơ quan ban hành', plan.issuer.name, 'issuer'],
      ['Đơn vị theo dõi', plan.monitoringUnit.name],
      ['Trạng thái', stateBadge(plan)],
      ['Ngày ban hành', plan.issuedOn ? date(plan.issuedOn) : null],
      ['Ngày tạo', dateTime(plan.createdAt)],
      ['Ngày kết thúc', plan.closedAt ? dateTime(plan.closedAt) : null],
      ['Hạn gần nhất', nextDeadline(plan), 'next-deadline'],
      ['Quy trình vòng đời', instanceLink(plan.processInstanceId, plan.processInstanceRunning,
        'Xem trong Cockpit (phiên ' + (plan.processInstanceId || '') + ')'), 'lifecycle'],
      ['Tìm trong Cockpit', cockpitSearch(plan), 'cockpit-search'],
      ['Tài liệu minh chứng', el('a', { href: APP_ROOT.replace(/\/[^/]*$/, '') + '/minh-chung/index.html?plan='
        + encodeURIComponent(plan.id), target: '_blank', 'data-kh': 'evidence-link' },
      'Các tệp các đơn vị đã đính kèm →'), 'evidence'],
    ]),
    el('h3', {}, 'Nhiệm vụ'),
    el('div', { className: 'kh-plan-counts', 'data-kh': 'plan-counts' },
      el('span', { 'data-kh': 'done' }, 'Hoàn thành: ' + plan.counts.done), ' · ',
      el('span', { 'data-kh': 'open' }, 'Đang mở: ' + plan.counts.open), ' · ',
      el('span', { 'data-kh': 'overdue', className: plan.counts.overdue ? 'text-danger' : '' },
        'Quá hạn: ' + plan.counts.overdue),
      plan.countsAll ? '' : ' (chỉ tính nhiệm vụ của đơn vị mình; nhiệm vụ có dấu * không tính)'),
    assignments,
    tree ? [el('h3', {}, 'Cây kế hoạch'), treeSection(tree)] : null,
    el('h3', {}, 'Lịch sử'),
    plan.processInstanceRunning ? null : el('p', { className: 'text-muted', 'data-kh': 'history-note' },
      'Quy trình của kế hoạch đã kết thúc hoặc chưa có: Cockpit bản cộng đồng không hiển thị lịch sử quy trình; '
      + 'lịch sử dưới đây lấy từ dữ liệu của kế hoạch.'),
    history || el('p', { className: 'text-muted' }, 'Chưa có.'),
  ]);
}

// --- the cascade: the plans this one carries out, and the plans carrying it out ---------------------------------

/* The five statuses of an assignment, in the order the tree and the chart show them (AssignmentStatus.label()). */
const STATUSES = [
  ['IN_PROGRESS_ON_TIME', 'đang thực hiện trong hạn'],
  ['IN_PROGRESS_OVERDUE', 'đang thực hiện quá hạn'],
  ['DONE_ON_TIME', 'hoàn thành đúng hạn'],
  ['DONE_LATE', 'hoàn thành quá hạn'],
  ['ONGOING', 'thường xuyên'],
];

function treeHref(id) {
  return '#' + ROUTE + '?tree=' + encodeURIComponent(id);
}

/** "12-KH/TU" or, before its number, "dự thảo: <title>". */
function headerName(header) {
  return header.number ? header.number : 'dự thảo: ' + header.title;
}

/** A plan of the cascade in one line: its number, issuer and state. */
function headerLine(header) {
  return [
    el('a', { href: treeHref(header.id), 'data-kh': 'tree-link', title: header.title }, headerName(header)),
    ' — ', el('span', { 'data-kh': 'tree-issuer' }, header.issuer.name),
    ' — ', el('span', { 'data-kh': 'tree-state', className: 'text-muted' }, header.stateLabel),
  ];
}

/** Its assignments "xây dựng kế hoạch thực hiện": how many units have issued their own plan. */
function cascadeShare(cascade) {
  if (!cascade.assignments) {
    return null;
  }
  const issued = cascade.issuedOnTime + cascade.issuedLate;
  return el('div', { className: 'small', 'data-kh': 'tree-cascade' },
    'đã ban hành kế hoạch: ' + issued + '/' + cascade.assignments
    + ' (đúng hạn ' + cascade.issuedOnTime + ', muộn ' + cascade.issuedLate + ')',
    el('span', { className: cascade.overdue ? 'text-danger' : '' },
      '; chưa ban hành, quá hạn: ' + cascade.overdue));
}

function statusCounts(counts, key) {
  return el('div', { className: 'small', 'data-kh': key }, STATUSES.map(([status, label], i) => [i ? ' · ' : '',
    el('span', { 'data-status': status, className: counts[status] && /OVERDUE|LATE/.test(status) ? 'text-danger' : '' },
      label + ': ' + (counts[status] || 0))]));
}

/** One plan of the tree and, expandable, the plans below it. */
function treeNode(node) {
  const below = el('ul', { style: 'list-style:none;padding-left:1.8em;margin:0' },
    node.children.map(treeNode),
    node.hiddenChildren ? el('li', { className: 'text-muted', 'data-kh': 'tree-hidden' },
      'và ' + node.hiddenChildren + ' kế hoạch của đơn vị khác') : null);
  const expandable = node.children.length > 0 || node.hiddenChildren > 0;
  const toggle = el('button', { type: 'button', className: 'btn btn-link btn-xs', 'data-kh': 'tree-toggle',
    'aria-expanded': 'true', title: 'Thu gọn / mở rộng', style: 'width:1.6em;padding:0',
    disabled: !expandable }, expandable ? '▾' : '·');
  toggle.addEventListener('click', () => {
    const open = below.hidden;
    below.hidden = !open;
    toggle.textContent = open ? '▾' : '▸';
    toggle.setAttribute('aria-expanded', String(open));
  });
  return el('li', { 'data-kh': 'tree-node', 'data-plan-id': node.header.id, 'data-level': node.level,
    style: 'margin:.4em 0' },
  el('div', {}, toggle, ' ', headerLine(node.header)),
  el('div', { style: 'padding-left:1.8em' },
    statusCounts(node.counts, 'tree-counts'),
    node.children.length ? el('div', { className: 'small text-muted', 'data-kh': 'tree-rolled-up' },
      'Cả cấp dưới: ', STATUSES.map(([status, label], i) => [i ? ' · ' : '', el('span', { 'data-status': status },
        label + ': ' + (node.rolledUp[status] || 0))])) : null,
    cascadeShare(node.cascade)),
  below);
}

/** The plans above as a breadcrumb (headers only), the tree below, and the link to the chart. */
function treeSection(tree) {
  return el('div', { className: 'kh-tree', 'data-kh': 'tree' },
    el('ol', { className: 'breadcrumb', 'data-kh': 'tree-ancestors', style: 'margin-bottom:.5em' },
      tree.ancestors.length ? tree.ancestors.map((header) => el('li', { 'data-plan-id': header.id },
        headerLine(header))) : el('li', { className: 'text-muted' }, 'Kế hoạch cấp cao nhất (không triển khai kế hoạch nào khác trong hệ thống)')),
    el('ul', { style: 'list-style:none;padding-left:0', 'data-kh': 'tree-nodes' }, treeNode(tree.plan)),
    el('p', {}, el('a', { href: APP_ROOT.replace(/\/[^/]*$/, '') + '/ke-hoach/cay.html?id='
      + encodeURIComponent(tree.plan.header.id), target: '_blank', 'data-kh': 'tree-chart-link' },
    'Biểu đồ tình hình thực hiện theo cấp và theo đơn vị (Cây kế hoạch) →')));
}

async function renderTree(root, id) {
  const tree = await get('/plans/' + encodeURIComponent(id) + '/tree');
  fill(root, [
    el('p', {}, el('a', { href: '#' + ROUTE, 'data-kh': 'back' }, '← Danh sách kế hoạch'), ' · ',
      el('a', { href: planHref(id), 'data-kh': 'plan-link' }, 'Chi tiết kế hoạch này')),
    el('h2', { 'data-kh': 'tree-heading' }, 'Cây kế hoạch ', el('small', {}, '(plan cascade)')),
    el('p', { className: 'lead' }, tree.plan.header.title),
    treeSection(tree),
  ]);
}

async function renderRoute(node) {
  // Cockpit's page area (.ctn-wrapper) has a fixed height and hides what overflows: the page scrolls by itself
  const root = el('div', { className: 'kh-plugin kh-page', 'data-kh': 'page',
    style: 'position:absolute;top:0;right:0;bottom:0;left:0;overflow:auto;padding:15px 25px' });
  fill(node, root);
  loading(root);
  const params = routeParams();
  try {
    if (params.get('tree')) {
      await renderTree(root, params.get('tree'));
    } else if (params.get('plan')) {
      await renderPlan(root, params.get('plan'));
    } else {
      await renderList(root, params);
    }
  } catch (error) {
    failure(root, error);
    root.appendChild(el('p', {}, el('a', { href: '#' + ROUTE, 'data-kh': 'back' }, '← Danh sách kế hoạch')));
  }
}

// --- the plugins ---------------------------------------------------------------------------------------------------

export default [
  {
    id: 'ke-hoach-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node) => {
      renderDashboard(node);
    },
    properties: { label: 'Kế hoạch' },
  },
  {
    id: 'ke-hoach-route',
    pluginPoint: 'cockpit.route',
    priority: 0,
    render: (node) => {
      renderRoute(node);
    },
    properties: { path: ROUTE, label: 'Kế hoạch' },
  },
  {
    // the id marks the header entry active on #/ke-hoach (Cockpit compares it with the address)
    id: 'ke-hoach',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    render: (node) => {
      fill(node, el('a', { href: '#' + ROUTE, 'data-kh': 'navigation' }, 'Kế hoạch'));
    },
    properties: { label: 'Kế hoạch' },
  },
];
