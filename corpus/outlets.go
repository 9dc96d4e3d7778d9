package corpus

// Outlets (newspapers, broadcasters, news agencies) are named in articles
// as sources ("told Al Jazeera", "quoted by IRNA", "the newspaper
// reported"): they may speak, but they are never people.

// knownOutlets are outlets whose names do not end in an outlet word, lower
// case, with and without a leading "the".
var knownOutlets = set(`cnn bbc msnbc npr pbs nbc cbs abc politico axios bloomberg reuters afp tass xinhua
	haaretz ynet nikkei yonhap kyodo dawn euronews bild interfax irib tasnim fars mehr isna sana wafa
	anadolu trt rt ria novosti semafor`,
	`al_jazeera al_arabiya al-arabiya al-jazeera al_mayadeen al-monitor al_hadath asharq al-awsat
	asharq_al-awsat le_monde le_figaro der_spiegel spiegel die_zeit la_repubblica corriere_della_sera
	el_país el_pais the_guardian guardian the_economist economist the_hindu sky_news france_24 deutsche_welle
	dw al-ahram ahram the_atlantic the_new_yorker new_yorker izvestia kommersant vedomosti pravda
	ukrainska_pravda kyiv_independent times_of_israel channel_12 channel_13 kan ria_novosti press_tv`)

// outletHeads end an outlet's name: "Financial Times", "Jerusalem Post",
// "Fox News", "Kyiv Independent", "Saudi Press Agency".
var outletHeads = set(`times post journal news television tv radio broadcasting broadcaster gazette herald
	tribune telegraph guardian channel network agency press daily monitor chronicle observer
	newspaper magazine independent economist review`)

// outletNouns refer back to an outlet: "the newspaper reported".
var outletNouns = set(`newspaper paper daily broadcaster channel network outlet agency tabloid magazine website station`)

// isOutlet reports whether tokens [s, e) name an outlet.
func isOutlet(toks []token, s, e int) bool {
	for s < e && toks[s].low == "the" {
		s++
	}
	if s >= e {
		return false
	}
	for k := s; k < e; k++ {
		if toks[k].kind != kWord || !toks[k].cap && !arabicPrefix(toks[k]) && toks[k].low != "of" && toks[k].low != "della" {
			return false
		}
	}
	var kb, ab [64]byte // the words joined, built on the stack
	key := appendLows(kb[:0], toks, s, e, '_')
	if knownOutlets[string(key)] {
		return true
	}
	if _, ok := agencies[string(appendLows(ab[:0], toks, s, e, ' '))]; ok && len(key) > 3 {
		return true
	}
	return e-s >= 2 && outletHeads[toks[e-1].low]
}

// platforms are social networks and messaging services people post on
// ("wrote on Truth Social", "said on Telegram"): never speakers, never
// people. Lower case, words joined by "_".
var platforms = set(`truth_social x twitter telegram facebook instagram weibo wechat bluesky threads tiktok
	youtube whatsapp linkedin vkontakte vk signal substack`)

// isPlatform reports whether tokens [s, e) name a social platform.
func isPlatform(toks []token, s, e int) bool {
	for s < e && toks[s].low == "the" {
		s++
	}
	if s >= e || e-s > 2 {
		return false
	}
	for k := s; k < e; k++ {
		if toks[k].kind != kWord || !toks[k].cap {
			return false
		}
	}
	var kb [64]byte
	return platforms[string(appendLows(kb[:0], toks, s, e, '_'))]
}

// reportVerbs attribute a quotation that ends right before them even
// though they are weak elsewhere: "“…,” the newspaper reported".
var reportVerbs = set(`reported reports`)

// lastOutlet returns the outlet named last before token ti of paragraph
// pi (this paragraph and the five before), as the article writes it
// without "the"; "" when none is.
func (d *doc) lastOutlet(pi, ti int) string {
	for qi := pi; qi >= 0 && qi >= pi-5; qi-- {
		q := &d.paras[qi]
		end := len(q.toks)
		if qi == pi {
			end = ti
		}
		for b := end; b > 0; b-- {
			for a := b - 1; a >= 0 && a >= b-4; a-- {
				if !q.toks[a].cap && q.toks[a].low != "of" {
					break
				}
				if q.toks[b-1].cap && isOutlet(q.toks, a, b) && (a == 0 || !q.toks[a-1].cap) {
					for q.toks[a].low == "the" {
						a++
					}
					return joinTokens(q.toks, a, b)
				}
			}
		}
	}
	return ""
}
