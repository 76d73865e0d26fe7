package header

import (
	"fmt"
	"testing"
	"time"

	"github.com/blogthread/blogthread/internal/when"
	"github.com/blogthread/blogthread/thread"
)

// The date formats Blogger's settings offer for the date header and the
// comment timestamp, in the languages of package lang, and the ones seen in
// real pages. Each is read after an author's name glued to it, as the
// threaded templates print a comment's header.
var dateFormats = []struct{ in, want string }{
	{"Sunday, January 24, 2016", "2016-01-24"},
	{"Sunday, 24 January 2016", "2016-01-24"},
	{"January 24, 2016", "2016-01-24"},
	{"24 January 2016", "2016-01-24"},
	{"Jan 24, 2016", "2016-01-24"},
	{"24 Jan 2016", "2016-01-24"},
	{"1/24/2016", "2016-01-24"},
	{"24/01/2016", "2016-01-24"},
	{"7/10/2012", "2012-10-07"}, // day first unless only month first is a date
	{"1/24/16", "2016-01-24"},
	{"24.01.2016", "2016-01-24"},
	{"2016-01-24", "2016-01-24"},
	{"6. Juni 2015", "2015-06-06"},
	{"Mittwoch, Mai 10, 2017", "2017-05-10"},
	{"4 de febrero de 2016", "2016-02-04"},
	{"mercredi 10 mai 2017", "2017-05-10"},
	{"24 de janeiro de 2016", "2016-01-24"},
	{"10 maggio 2017", "2017-05-10"},
	{"24 januari 2016", "2016-01-24"},
	{"24 stycznia 2016", "2016-01-24"},
	{"24 января 2016 г.", "2016-01-24"},
	{"24 Ocak 2016", "2016-01-24"},
	{"24 Agustus 2016", "2016-08-24"},
}

// The time formats, with the words that join them to a date.
var timeFormats = []struct{ in, want string }{
	{"10:23 AM", "10:23"},
	{"10:23 PM", "22:23"},
	{"12:05 am", "00:05"},
	{"10:23", "10:23"},
	{"10:23:45 AM", "10:23"},
	{"22:23:45", "22:23"},
	{"10.23", "10:23"},
	{"2:07 a. m.", "02:07"},
	{"2:07 p. m.", "14:07"},
	{"2:07 p.m.", "14:07"},
	{"17:21 Uhr", "17:21"},
}

var joins = []string{" ", ", ", " at ", " um ", " à ", " a las ", ", a las ", " às ", " alle ", " om ", " o ", " в ", " pukul ", " kl. "}

func TestGluedHeaderFormats(t *testing.T) {
	for _, d := range dateFormats {
		for _, name := range []string{"Anonymous", "Jane Doe", "tellmeyblog.com"} {
			in := name + d.in
			if d.in[0] >= '0' && d.in[0] <= '9' {
				in = name + d.in // a digit after a letter: glued
			}
			a, st, ok := GluedHeader(in)
			if !ok || a != name || !st.HasDate || st.HasClock || st.Date.String() != d.want {
				t.Errorf("GluedHeader(%q) = %q %+v %v, want %q %s", in, a, st, ok, name, d.want)
			}
		}
		if d.in == "7/10/2012" {
			continue // before a 12-hour clock, month first (dateTime)
		}
		for _, tf := range timeFormats {
			for _, j := range joins {
				in := "Ana Ruiz" + d.in + j + tf.in
				a, st, ok := GluedHeader(in)
				got := fmt.Sprintf("%s %02d:%02d", st.Date, st.Hour, st.Minute)
				if !ok || a != "Ana Ruiz" || !st.HasClock || got != d.want+" "+tf.want {
					t.Errorf("GluedHeader(%q) = %q %s %v, want %s %s", in, a, got, ok, d.want, tf.want)
				}
			}
		}
	}
}

// TestSeenFormats reads the timestamps seen in real pages (issue 13), as a
// header, a footer or a time line.
func TestSeenFormats(t *testing.T) {
	utc := time.UTC
	for _, tt := range []struct{ in, author, want string }{
		{"Jane26 October 2012 17:38", "Jane", "2012-10-26T17:38"},
		{"JaneOctober 29, 2012 1:24 PM", "Jane", "2012-10-29T13:24"},
		{"JaneMay 30, 2019 at 1:06 PM", "Jane", "2019-05-30T13:06"},
		{"JaneSunday, January 24, 2016", "Jane", "2016-01-24"},
		{"Jane10/28/12 5:33 PM", "Jane", "2012-10-28T17:33"},
		{"Jane7/10/2012", "Jane", "2012-10-07"},
		{"Jane4/19/2005 07:14:49 PM", "Jane", "2005-04-19T19:14"},
		{"Sana6. Juni 2015 um 10:23", "Sana", "2015-06-06T10:23"},
		{"JaneMittwoch, Mai 10, 2017 4:14:00 PM", "Jane", "2017-05-10T16:14"},
		{"Carla Ruiz4 de febrero de 2016, 6:48", "Carla Ruiz", "2016-02-04T06:48"},
		{"Pedro30/12/14 2:07 a. m.", "Pedro", "2014-12-30T02:07"},
		{"Pedro2/1/15 8:30 p. m.", "Pedro", "2015-01-02T20:30"}, // day first: Spanish
		{"Jane2/1/15 8:30 PM", "Jane", "2015-02-01T20:30"},      // month first: American
		{"mcSunday,_January_24,_2016", "mc", "2016-01-24"},
		{"Annemercredi 10 mai 2017 à 16:14", "Anne", "2017-05-10T16:14"},
		{"Anônimo24 de janeiro de 2016 às 19:02", "Anônimo", "2016-01-24T19:02"}, // not German "Mo"
		{"Inés Pardo4 de febrero de 2016", "Inés Pardo", "2016-02-04"},           // not German "Do"
		{"Trang DoTuesday, January 26, 2016", "Trang Do", "2016-01-26"},
		{"ElizabethOctober_29,_2012_1:24_PM", "Elizabeth", "2012-10-29T13:24"},
	} {
		a, st, ok := GluedHeader(tt.in)
		got := st.Date.String()
		if st.HasClock {
			got += fmt.Sprintf("T%02d:%02d", st.Hour, st.Minute)
		}
		if !ok || a != tt.author || got != tt.want {
			t.Errorf("GluedHeader(%q) = %q %s %v, want %q %s", tt.in, a, got, ok, tt.author, tt.want)
		}
	}
	for _, tt := range []struct{ in, author, clock string }{
		{"By Jane, at 1:53 PM", "Jane", "13:53"},
		{"By Anonymous, at 1:53_PM", "Anonymous", "13:53"},
		{"# posted by Jane Doe : 11:58 AM", "Jane Doe", "11:58"},
		{"posted by Jane at 1:02 PM", "Jane", "13:02"},
		{"By Jane, at 2:27 PM", "Jane", "14:27"},
	} {
		a, st, ok := Footer(tt.in)
		if got := fmt.Sprintf("%02d:%02d", st.Hour, st.Minute); !ok || a != tt.author || !st.HasClock || got != tt.clock {
			t.Errorf("Footer(%q) = %q %s %v, want %q %s", tt.in, a, got, ok, tt.author, tt.clock)
		}
	}
	for _, in := range []string{"By the way, at 10:30 we left", "By 10:30 PM", "Bye at 10:30 PM", "posted by"} {
		if a, _, ok := Footer(in); ok {
			t.Errorf("Footer(%q) = %q, want no footer", in, a)
		}
	}
	for _, tt := range []struct{ in, author, want string }{
		{"At 4/19/2005 07:14:49 PM, Anonymous said...", "Anonymous", "2005-04-19T19:14"},
		{"At 4/19/2005 08:30:12 PM, Blogger Dev Okafor said...", "Dev Okafor", "2005-04-19T20:30"},       // the icon's alt text
		{"At 4/19/2005_08:30:12_PM, [Blogger] Dev_Okafor said...", "Dev Okafor", "2005-04-19T20:30"},     // html2text
		{"At 4/20/2005 12:41:37 PM, Anonymous  Anonymous said...", "Anonymous", "2005-04-20T12:41"},      // lynx
		{"At 4/20/2005 12:41:37 PM, Anonymous Coward Smith said...", "Coward Smith", "2005-04-20T12:41"}, // taken as an icon too
	} {
		if a, tm, ok := SaidAt(tt.in, utc); !ok || a != tt.author || tm.Format("2006-01-02T15:04") != tt.want {
			t.Errorf("SaidAt(%q) = %q %v %v, want %q %s", tt.in, a, tm, ok, tt.author, tt.want)
		}
	}
	for _, tt := range []struct{ in, name string }{
		{"Jane said...", "Jane"}, {"Jane said…", "Jane"}, {"Jane hat gesagt…", "Jane"}, {"Ana dijo...", "Ana"},
	} {
		if a, ok := Said(tt.in); !ok || a != tt.name {
			t.Errorf("Said(%q) = %q %v, want %q", tt.in, a, ok, tt.name)
		}
	}
	for _, in := range []string{
		"Sunday, January 24, 2016",             // no author
		"I think so. Sunday, January 24, 2016", // a sentence
		"Ana Ruiz31 de febrero de 2016",        // no such day
		"Item 12",
	} {
		if a, st, ok := GluedHeader(in); ok {
			t.Errorf("GluedHeader(%q) = %q %+v, want no header", in, a, st)
		}
	}
}

// TestDateLines reads the date headers of posts in the languages' own
// orders, and refuses lines that only hold a date.
func TestDateLines(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Sunday, January 24, 2016", "2016-01-24"},
		{"søndag den 24. januar 2016", "2016-01-24"},     // Danish: "den"
		{"воскресенье, 24 января 2016 г.", "2016-01-24"}, // Russian: year mark
		{"24 Ocak 2016 Pazar", "2016-01-24"},             // Turkish: the weekday last
		{"niedziela, 24 stycznia 2016", "2016-01-24"},
		{"domingo, 24 de enero de 2016", "2016-01-24"},
	} {
		d, _, ok := when.DateLine(tt.in)
		if !ok || d.String() != tt.want {
			t.Errorf("when.DateLine(%q) = %s %v, want %s", tt.in, d, ok, tt.want)
		}
	}
	for _, in := range []string{"24 January 2016 at 10:23", "Sunday we went out", "24 Ocak 2016 Pazarda"} {
		if d, _, ok := when.DateLine(in); ok {
			t.Errorf("when.DateLine(%q) = %s, want no date line", in, d)
		}
	}
	for _, tt := range []struct{ in, author string }{
		{"Diposting oleh Dimas di 07.45", "Dimas"},
		{"Publicada por Inês à(s) 15:30", "Inês"},
		{"Gönderen Elif zaman: 11:20", "Elif"},
		{"Автор: Ольга в 09:05", "Ольга"},
		{"Skrevet af Mette kl. 10.05", "Mette"},
	} {
		day := thread.Date{Year: 2016, Month: 1, Day: 24}
		if a, _, ok := Byline(tt.in, &day, time.UTC); !ok || a != tt.author {
			t.Errorf("Byline(%q) = %q %v, want %q", tt.in, a, ok, tt.author)
		}
	}
}
