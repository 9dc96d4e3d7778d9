// Package corpus is Parley's model of news articles: the Article type, the
// loaders that read articles from Markdown, plain text, HTML, JSON Lines and
// feeds, the extractors that find quotations, people and meetings in them
// (rules, then an attendance model fitted on labelled articles that adds
// the people the rules left unplaced), and the built-in articles embedded
// in the binary.
//
// Nothing here touches the index or the network: corpus turns bytes into
// Articles, and later stages (index, answer) consume them.
package corpus
