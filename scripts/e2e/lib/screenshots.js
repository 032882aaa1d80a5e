'use strict';
async function saveScreenshots() {}
module.exports = { saveScreenshots };
