// "Biểu đồ tình hình thực hiện": overdue assignments by unit and dated work done per month (on time, late), drawn by
// Apache ECharts from the webjar. It reads GET /api/reports/status with the Cockpit or Tasklist login (session
// cookie): the server decides which assignments the viewer counts. The period (plans issued from, to) is typed as
// dd/mm/yyyy and kept in the address as yyyy-mm-dd. Texts from the server go into the page as text.
'use strict';

(function () {
  const params = new URLSearchParams(window.location.search);
  const byId = (id) => document.getElementById(id);
  const charts = [];

  function show(message) {
    const box = byId('message');
    box.className = 'message error';
    box.textContent = message;
    box.hidden = false;
  }

  const shown = NgayThang.vietnamese;
  const iso = NgayThang.iso;

  /** "2024-06" → "06/2024". */
  function month(yearMonth) {
    const [year, m] = yearMonth.split('-');
    return m + '/' + year;
  }

  /** The filters the address carries, as the API takes them. */
  function query() {
    const chosen = new URLSearchParams();
    for (const name of ['issuer', 'unit', 'from', 'to']) {
      if (params.get(name)) {
        chosen.set(name, params.get(name));
      }
    }
    return chosen.toString();
  }

  byId('from').value = shown(params.get('from'));
  byId('to').value = shown(params.get('to'));
  byId('period').addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    for (const name of ['issuer', 'unit']) {
      if (params.get(name)) {
        chosen.set(name, params.get(name));
      }
    }
    for (const name of ['from', 'to']) {
      const typed = byId(name).value.trim();
      if (!typed) {
        continue;
      }
      const day = iso(typed);
      if (!day) {
        show('Ngày "' + typed + '" không hợp lệ: ghi theo dạng dd/mm/yyyy, ví dụ 03/06/2024.');
        return;
      }
      chosen.set(name, day);
    }
    if (chosen.get('from') && chosen.get('to') && chosen.get('from') > chosen.get('to')) {
      show('Ngày bắt đầu sau ngày kết thúc: chọn lại kỳ.');
      return;
    }
    window.location.search = chosen.toString();
  });

  function chart(element, option) {
    const instance = echarts.init(element);
    instance.setOption(Object.assign({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 50, bottom: 90 },
    }, option));
    charts.push(instance);
  }

  async function load() {
    const filters = query();
    byId('download-xlsx').href = '/api/reports/status.xlsx' + (filters ? '?' + filters : '');
    byId('download-csv').href = '/api/reports/status.csv' + (filters ? '?' + filters : '');
    const response = await fetch('/api/reports/status' + (filters ? '?' + filters : ''), {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    });
    const body = await response.json().catch(() => null);
    if (response.status === 401) {
      show('Bạn chưa đăng nhập: đăng nhập Cockpit hoặc Tasklist rồi mở lại trang này.');
      return;
    }
    if (!response.ok) {
      const problems = body && body.errors ? body.errors.map((p) => p.message).join('; ') : '';
      show('Không tải được số liệu (' + response.status + '): ' + (problems || (body && body.message) || ''));
      return;
    }
    const total = body.total;
    byId('summary').textContent = 'Nhiệm vụ được tính: ' + total.total + '; đang thực hiện quá hạn: '
      + total.counts.IN_PROGRESS_OVERDUE + '; hoàn thành đúng hạn: ' + total.counts.DONE_ON_TIME
      + ' (trong đó nhờ gia hạn: ' + total.onTimeOnlyAfterExtension + '); hoàn thành quá hạn: '
      + total.counts.DONE_LATE + '; số lần gia hạn: ' + total.extensions + '.';
    byId('charts').hidden = false;
    const units = body.units;
    chart(byId('chart-overdue'), {
      xAxis: { type: 'category', data: units.map((u) => u.name),
        axisLabel: { interval: 0, rotate: units.length > 5 ? 25 : 0, width: 200, overflow: 'truncate' } },
      yAxis: { type: 'value', name: 'nhiệm vụ', minInterval: 1 },
      series: [{
        id: 'IN_PROGRESS_OVERDUE', name: 'đang thực hiện quá hạn', type: 'bar', color: '#e57373',
        label: { show: true, position: 'top', formatter: (p) => (p.value ? String(p.value) : '') },
        data: units.map((u) => u.counts.IN_PROGRESS_OVERDUE),
      }],
    });
    const months = body.months;
    chart(byId('chart-months'), {
      xAxis: { type: 'category', data: months.map((m) => month(m.month)) },
      yAxis: { type: 'value', name: 'nhiệm vụ', minInterval: 1 },
      series: [
        { id: 'DONE_ON_TIME', name: 'hoàn thành đúng hạn', type: 'bar', stack: 'done', color: '#2e7d32',
          data: months.map((m) => m.doneOnTime) },
        { id: 'DONE_LATE', name: 'hoàn thành quá hạn', type: 'bar', stack: 'done', color: '#b71c1c',
          data: months.map((m) => m.doneLate) },
        { id: 'ON_TIME_ONLY_AFTER_EXTENSION', name: 'trong đó đúng hạn nhờ gia hạn', type: 'line', color: '#f0a020',
          data: months.map((m) => m.onTimeOnlyAfterExtension) },
      ],
    });
    window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
  }

  load().catch((failure) => show('Không tải được số liệu: ' + failure.message));
})();
