// Package load finds article files, reads and decodes them (UTF-8 with or
// without BOM, UTF-16 with BOM, Windows-1252 as a fallback), reads Markdown
// front matter, masks the parts of Markdown that are not prose, and reports
// every file it cannot lint as a Problem: nothing is skipped silently.
package load
