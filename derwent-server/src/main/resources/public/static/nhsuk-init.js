// Starts the NHS.UK frontend components (skip link, error summary, tables...) without inline script.
import { initAll } from '/vendor/nhsuk-frontend.min.js';
initAll();
