package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Analyzer names defined by the mapping.
const (
	// analyzerText is English with stemming, for passage, quote and
	// meeting text: unicode words (tokenizer.go), possessives stripped, lower case,
	// accents folded, English stop words removed, Porter stems.
	analyzerText = "parley_en"
	// analyzerName is for person names: unicode words, lower case,
	// accents folded; no stop words (Theresa May) and no stemming.
	analyzerName = "parley_name"
	// analyzerKeys splits the keys field on white space, nothing more.
	analyzerKeys = "parley_keys"
)

// Document types, stored in the "type" field of every document.
const (
	typeArticle = "article"
	typePassage = "passage"
	typeQuote   = "quote"
	typeMeeting = "meeting"
)

// Field names shared by several document types keep one meaning (and one
// analyzer) everywhere.
const (
	fType      = "type"      // the document type, for the mapping only (not indexed)
	fKeys      = "k"         // keys (keys.go): document type, publication day, month, year, outlet
	fText      = "text"      // passage text (English); passages alone have it
	fQuote     = "quote"     // quote text (English); quotes alone have it
	fPublished = "published" // datetime on articles (sub-documents: dates.go)
	fRoleText  = "role_text" // a quote speaker's role, as words
	fPara      = "para"      // paragraph index on passages and quotes
)

// schemaVersion changes whenever the mapping or the documents change in a
// way an existing index cannot serve; Open refuses an index built with
// another version.
const schemaVersion = "11"

func buildMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	im.TypeField = fType
	im.DefaultType = "unknown"
	im.DefaultAnalyzer = analyzerText
	im.ScoringModel = "bm25"
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	im.DefaultMapping = mapping.NewDocumentDisabledMapping()

	if err := im.AddCustomAnalyzer(analyzerText, map[string]any{
		"type":          custom.Name,
		"tokenizer":     wordsName,
		"token_filters": []any{englishName}, // possessive, lower case, fold, stop words, Porter (enfilter.go)
	}); err != nil {
		return nil, err
	}
	if err := im.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":          custom.Name,
		"tokenizer":     wordsName,
		"token_filters": []any{lowercase.Name, foldName},
	}); err != nil {
		return nil, err
	}
	if err := im.AddCustomAnalyzer(analyzerKeys, map[string]any{
		"type":      custom.Name,
		"tokenizer": keysTokenizerName,
	}); err != nil {
		return nil, err
	}

	im.AddDocumentMapping(typeArticle, articleMapping())
	im.AddDocumentMapping(typePassage, passageMapping())
	im.AddDocumentMapping(typeQuote, quoteMapping())
	im.AddDocumentMapping(typeMeeting, meetingMapping())
	return im, im.Validate()
}

// field builders: every field states all its options, nothing is implied.

// textField is English text. Term vectors (positions and offsets) are
// what bleve's phrase queries need; passages and quotes do without them
// (matcher.go), short meeting fields keep them.
func textField(name string, store, vectors bool) *mapping.FieldMapping {
	return &mapping.FieldMapping{Name: name, Type: "text", Analyzer: analyzerText, Index: true, Store: store, IncludeTermVectors: vectors}
}

func nameField(name string) *mapping.FieldMapping {
	return &mapping.FieldMapping{Name: name, Type: "text", Analyzer: analyzerName, Index: true}
}

// keywordField is an exact, case-sensitive value; docValues for facets and
// sorting. Keywords filter and never score, so they keep no frequencies
// or norms.
func keywordField(name string, store, docValues bool) *mapping.FieldMapping {
	return &mapping.FieldMapping{Name: name, Type: "text", Analyzer: "keyword",
		Index: true, Store: store, DocValues: docValues, SkipFreqNorm: true}
}

// keysField holds a document's filter keys, one token each: one field
// instead of five per document, which is most of what writing a passage
// costs beyond its text.
func keysField() *mapping.FieldMapping {
	return &mapping.FieldMapping{Name: fKeys, Type: "text", Analyzer: analyzerKeys, Index: true, SkipFreqNorm: true}
}

func storedOnly(name, typ string) *mapping.FieldMapping {
	fm := &mapping.FieldMapping{Name: name, Type: typ, Store: true}
	if typ == "text" {
		fm.Analyzer = "keyword"
	}
	return fm
}

// publishedField is the exact publication time of an article: stored,
// indexed for range filters, with doc values for sorting.
func publishedField() *mapping.FieldMapping {
	return &mapping.FieldMapping{Name: fPublished, Type: "datetime", Index: true, Store: true, DocValues: true}
}

func newDoc() *mapping.DocumentMapping {
	dm := mapping.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(fKeys, keysField())
	// No "_all" composite field: every query names its field, and bleve
	// otherwise adds one (with term vectors) to every document, which was
	// 8 % of ingest CPU for nothing.
	dm.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	return dm
}

// articleMapping: metadata, the body as stored paragraphs (see body.go)
// and bookkeeping; the body is indexed in the passages.
func articleMapping() *mapping.DocumentMapping {
	dm := newDoc()
	dm.AddFieldMappingsAt("title", storedOnly("title", "text"))
	dm.AddFieldMappingsAt("source", keywordField("source", true, true))
	dm.AddFieldMappingsAt("sugg_source", keywordField("sugg_source", false, false))
	dm.AddFieldMappingsAt("url", storedOnly("url", "text"))
	dm.AddFieldMappingsAt(fPublished, publishedField())
	dm.AddFieldMappingsAt("authors", storedOnly("authors", "text"))
	dm.AddFieldMappingsAt("dateline", storedOnly("dateline", "text"))
	dm.AddFieldMappingsAt("body", storedOnly("body", "text"))
	dm.AddFieldMappingsAt("hash", storedOnly("hash", "text"))
	dm.AddFieldMappingsAt("people", storedOnly("people", "text"))
	dm.AddFieldMappingsAt("np", storedOnly("np", "number"))
	dm.AddFieldMappingsAt("nq", storedOnly("nq", "number"))
	dm.AddFieldMappingsAt("nm", storedOnly("nm", "number"))
	return dm
}

// passageMapping: one paragraph, indexed but not stored (the text is on
// the article, see body.go), with what filtering and sorting need so that
// a search never joins with its article. The article id and paragraph number are
// in the document id (see passageID), so they are not fields.
func passageMapping() *mapping.DocumentMapping {
	dm := newDoc()
	dm.AddFieldMappingsAt(fText, textField(fText, false, false))
	addPubFields(dm)
	return dm
}

func quoteMapping() *mapping.DocumentMapping {
	dm := newDoc()
	dm.AddFieldMappingsAt(fQuote, textField(fQuote, true, false))
	dm.AddFieldMappingsAt("speaker", keywordField("speaker", true, true), nameField("speaker_name"))
	dm.AddFieldMappingsAt("sugg_speaker", keywordField("sugg_speaker", false, false))
	dm.AddFieldMappingsAt("role", storedOnly("role", "text"), textField(fRoleText, false, false))
	dm.AddFieldMappingsAt(fPara, storedOnly(fPara, "number"))
	addPubFields(dm)
	return dm
}

func meetingMapping() *mapping.DocumentMapping {
	dm := newDoc()
	dm.AddFieldMappingsAt("summary", textField("summary", false, true), keywordField("summary_kw", false, true))
	dm.AddFieldMappingsAt("sugg_meeting", keywordField("sugg_meeting", false, false))
	dm.AddFieldMappingsAt("place", textField("place", false, true))
	dm.AddFieldMappingsAt("attendees", textField("attendees", false, true))
	dm.AddFieldMappingsAt("absent", textField("absent", false, true))
	dm.AddFieldMappingsAt("context", textField("context", false, false)) // see meetingTarget
	dm.AddFieldMappingsAt("date", keywordField("date", false, false))
	dm.AddFieldMappingsAt("date_known", &mapping.FieldMapping{Name: "date_known", Type: "boolean", Index: true})
	dm.AddFieldMappingsAt("json", storedOnly("json", "text"))
	dm.AddFieldMappingsAt("lead", storedOnly("lead", "number"))
	addPubFields(dm)
	return dm
}
