/**
 * Stands in for jsPDF's optional helpers (html2canvas, dompurify, canvg): they serve only its
 * `html()` and SVG paths, which the minutes never use. Aliased in vite.config.ts so the build
 * neither ships nor precaches ~380 kB of code no screen runs; a call to those paths fails here.
 */
throw new Error('jsPDF html()/SVG helpers are not bundled in Klinik Inovasi');
