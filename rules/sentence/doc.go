// Package sentence splits an article's linted body into sentences and
// paragraphs with exact byte spans. It knows the hard cases of news text:
// abbreviations (U.S., Nov., Sen., Dr., J.D.), decimals and amounts ($2.5
// billion), quotations that end in ?, ! or ., headlines and section titles
// without a final period, and bullet lines.
package sentence
