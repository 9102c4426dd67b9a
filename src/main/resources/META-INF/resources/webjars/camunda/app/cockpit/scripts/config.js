/*
 * Cockpit's configuration (replaces the webjar's scripts/config.js: the application's classes come first on the
 * classpath). The options are described in the webjar's own config.js and in Camunda's docs ("Cockpit > Configuration").
 */
export default {
  // Plugin "Kế hoạch" (issue 13, part 5): the plans a unit takes part in, on the dashboard and at #/ke-hoach;
  // relative to app/cockpit/. See README, "Theo dõi kế hoạch trong Cockpit".
  customScripts: ['scripts/ke-hoach-plugin.js'],
};
