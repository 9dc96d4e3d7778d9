package corpus

import "testing"

// TestSpeakers12: who speaks a quotation told through two verbs. "Nowak
// told Russian state television that the two sides had agreed that “…”":
// Nowak (the group only agreed; "state" is no verb there). "The sources
// said Fidan told the delegation that Turkey expected Hamas to “…”": Fidan,
// whose telling brings the words in (but "A diplomat said Burhan had
// agreed only to a meeting “…”": the diplomat's words). A portfolio word
// ending a title ("Adviser on Peace, Reconciliation and Unity Carlito
// Galvez Jr.") is not a first name.
func TestSpeakers12(t *testing.T) {
	checkQuoteCases(t, "2025-07-03", []quoteCase{
		{"told television that the sides had agreed that", "Russia's chief negotiator Piotr Nowak spoke after the talks.\n\nNowak told Russian state television that the two sides had agreed that “each side will present its plan in detail.”",
			[]wantQuote{{"each side will present its plan in detail.", "Piotr Nowak", ""}}},
		{"sources said X told Y that", "The sources said Fidan told the delegation that Turkey expected Hamas to \"fully respect the ceasefire without delay,\" and discussed the second phase.",
			[]wantQuote{{"fully respect the ceasefire without delay", "Hakan Fidan", ""}}},
		{"a diplomat said X had agreed to", "A diplomat who attended the summit said that Burhan had agreed only to a meeting \"under conditions the other side knows well.\"",
			[]wantQuote{{"under conditions the other side knows well.", "", ""}}},
		{"a portfolio word ends the title", "Presidential Adviser on Peace, Reconciliation and Unity Carlito Galvez Jr. spoke at the ceremony. \"We are not starting from zero,\" Galvez said.",
			[]wantQuote{{"We are not starting from zero", "Carlito Galvez Jr.", ""}}},
	})
}

// TestSpeakers12Bodies: a body named by its acronym speaks ("CENTCOM said
// the conference had “…”"); "talked instead about “…”" brings in words
// as "spoke of" does (not the noun "the talks"); and an unnamed source described by a
// whose-clause ("A European diplomat whose government is helping to pay
// for the process said …") is still the unnamed speaker, so the partial
// quotation they govern is kept.
func TestSpeakers12Bodies(t *testing.T) {
	checkQuoteCases(t, "2025-07-03", []quoteCase{
		{"an acronym body", "Talks resumed in Doha on Sunday.\n\nIn a short statement, CENTCOM said the conference had \"focused on command structure and the sequencing of deployments.\"",
			[]wantQuote{{"focused on command structure and the sequencing of deployments.", "CENTCOM", ""}}},
		{"talked instead about", "Leaders met in Lome on Tuesday.\n\nChad's President Lena Varga did not, at least not publicly, and talked instead about \"security guarantees inspired by Article 5.\"",
			[]wantQuote{{"security guarantees inspired by Article 5.", "Lena Varga", ""}}},
		{"the talks were no speaker", "Leaders met in Lome on Tuesday.\n\nThe talks \"went well,\" officials said.",
			[]wantQuote{{"went well", "", "officials"}}},
		{"one of those people", "Leaders met in Lome on Tuesday.\n\nOne of those people called it \"a courtesy stop, nothing more.\"",
			[]wantQuote{{"a courtesy stop, nothing more.", "", "One of those people"}}},
		{"a whose-clause after an unnamed source", "Talks resumed in Doha on Sunday.\n\nA European diplomat whose government is helping to pay for the process said the suspension was \"a setback, but not a collapse.\"",
			[]wantQuote{{"a setback, but not a collapse.", "", "European diplomat"}}},
	})
}

// TestSpeakers12Asides: a speaker opening the sentence, then an aside in
// commas, then the speech verb ("Prime Minister Omar Haddad, known for his
// sharp remarks, joked that he had “…”"); not a name in apposition ("An
// adviser to Hemedti, Al-Basha Tibiq, wrote") nor an aside that names
// someone else ("Xi, flanked by his foreign minister, Wang Yi, told").
func TestSpeakers12Asides(t *testing.T) {
	checkQuoteCases(t, "2025-07-03", []quoteCase{
		{"an aside between speaker and verb", "Leaders met in Lome on Tuesday.\n\nPrime Minister Omar Haddad, known for his sharp remarks, joked on arrival that he had \"come for the food, not for the speeches,\" before taking his seat.",
			[]wantQuote{{"come for the food, not for the speeches", "Omar Haddad", ""}}},
		{"a name in apposition speaks", "Leaders met in Lome on Tuesday.\n\nAn adviser to Omar Haddad, Lena Varga, wrote on X that the group welcomed \"any initiative that stops the war and delivers aid,\" but would wait.",
			[]wantQuote{{"any initiative that stops the war and delivers aid", "Lena Varga", ""}}},
		{"an aside naming another", "Leaders met in Lome on Tuesday.\n\nPresident Omar Haddad, flanked by his foreign minister, Lena Varga, told his guests that the region faced \"changes unseen in a century\" and needed calm.",
			[]wantQuote{{"changes unseen in a century", "Omar Haddad", ""}}},
	})
}

// TestSpeakers12Replies: "“…,” came the reply from Varga"; "For Nowak, the
// message was simple: “…”".
func TestSpeakers12Replies(t *testing.T) {
	const lead = "Chad's Foreign Minister Lena Varga met Niger's Foreign Minister Piotr Nowak in Lome on Tuesday.\n\n"
	checkQuoteCases(t, "2025-07-03", []quoteCase{
		{"came the reply from", lead + "\"Closer than ever before,\" came the reply from Varga.",
			[]wantQuote{{"Closer than ever before", "Lena Varga", ""}}},
		{"for X, the message was", lead + "For Nowak, the message was simple: \"We are nowhere near a deal.\"",
			[]wantQuote{{"We are nowhere near a deal.", "Piotr Nowak", ""}}},
	})
}
