package boilerplate

// navWords are the words of site menus and section labels ("Home | World |
// Politics", "U.S. News"), folded. A line made only of these words is
// navigation; shareWords make it share buttons. Section names that are also
// ordinary heading words in articles ("Analysis", "Background") are left out.
var navWords = map[string]Kind{
	"home": KindNavigation, "news": KindNavigation, "world": KindNavigation,
	"u.s.": KindNavigation, "us": KindNavigation, "u.k.": KindNavigation, "uk": KindNavigation,
	"politics": KindNavigation, "business": KindNavigation, "economy": KindNavigation,
	"markets": KindNavigation, "money": KindNavigation, "finance": KindNavigation,
	"tech": KindNavigation, "technology": KindNavigation, "science": KindNavigation,
	"health": KindNavigation, "sports": KindNavigation, "sport": KindNavigation,
	"opinion": KindNavigation, "opinions": KindNavigation, "entertainment": KindNavigation,
	"culture": KindNavigation, "arts": KindNavigation, "lifestyle": KindNavigation,
	"style": KindNavigation, "travel": KindNavigation, "food": KindNavigation,
	"video": KindNavigation, "videos": KindNavigation, "photos": KindNavigation,
	"podcasts": KindNavigation, "podcast": KindNavigation, "live": KindNavigation,
	"latest": KindNavigation, "breaking": KindNavigation, "trending": KindNavigation,
	"local": KindNavigation, "national": KindNavigation, "international": KindNavigation,
	"global": KindNavigation, "europe": KindNavigation, "asia": KindNavigation,
	"africa": KindNavigation, "americas": KindNavigation, "middle": KindNavigation,
	"east": KindNavigation, "menu": KindNavigation, "search": KindNavigation,
	"subscribe": KindNavigation, "login": KindNavigation, "newsletters": KindNavigation,
	"weather": KindNavigation, "climate": KindNavigation, "more": KindNavigation,
	"sections": KindNavigation, "top": KindNavigation, "stories": KindNavigation,
	"features": KindNavigation, "elections": KindNavigation, "crime": KindNavigation,
	"education": KindNavigation, "media": KindNavigation, "games": KindNavigation,
	"obituaries": KindNavigation, "jobs": KindNavigation, "shop": KindNavigation,
	"deals": KindNavigation, "contact": KindNavigation, "careers": KindNavigation,
	"advertise": KindNavigation, "privacy": KindNavigation, "terms": KindNavigation,
	"help": KindNavigation, "faq": KindNavigation, "world-news": KindNavigation,
	"share": KindShare, "facebook": KindShare, "twitter": KindShare, "x": KindShare,
	"linkedin": KindShare, "whatsapp": KindShare, "telegram": KindShare,
	"reddit": KindShare, "pinterest": KindShare, "email": KindShare, "print": KindShare,
	"tweet": KindShare, "messenger": KindShare, "flipboard": KindShare, "copy": KindShare,
	"link": KindShare, "instagram": KindShare, "youtube": KindShare, "tiktok": KindShare,
}

// isNavSeparator reports whether r may stand between menu items.
func isNavSeparator(r rune) bool {
	switch r {
	case ' ', '|', '/', '\\', '•', '·', '›', '»', '>', '<', '«', '‹', '-', '–', '—', ',',
		'&', ':', ';', '+', '→', '▸', '▶', '►':
		return true
	}
	return false
}
