// Package mention extracts proper-noun mentions from articles: capitalised
// word sequences with the titles and roles around them ("Ukrainian President
// Volodymyr Zelensky", "Sen. Angus King", "Steve Witkoff, the US special
// envoy"), possessives stripped (Witkoff’s), particles kept (Mohammed bin
// Salman), sentence-initial common words dropped ("The", "Despite").
//
// It groups mentions into people per article (a full name and the
// surname-only mentions that follow it are one person) and per story (by the
// transliteration key of the surname, see Key), and provides the
// transliteration keys that name comparison and variant discovery share.
package mention
