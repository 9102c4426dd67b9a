/*
 * Dates as Vietnamese documents write them (dd/mm/yyyy) and as the API takes them (yyyy-mm-dd): one copy for the
 * application's pages (soạn thảo, nhập văn bản, biểu đồ).
 */
window.NgayThang = Object.freeze({
  /** "2024-06-03" (or an ISO date-time) → "03/06/2024"; "" when empty or not a date. */
  vietnamese(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return match ? match[3] + '/' + match[2] + '/' + match[1] : '';
  },

  /** "3/6/2024" or "03/06/2024" → "2024-06-03"; null when empty or not a day of the calendar (31/02). */
  iso(text) {
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((text || '').trim());
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
});
