package export_test

import (
	"log"
	"os"
	"strings"

	"github.com/blogthread/blogthread"
	"github.com/blogthread/blogthread/export"
)

func ExampleCSV() {
	dump := "Body of the post.\n\n2 comments:\n\nJo Pike 3 June 2025 at 09:02\n=SUM(A1:A9) is what they want us to pay.\nReplyDelete\nReplies\n\nAnonymous3 June 2025 at 09:40\n@09:02 and more next year.\nDelete\nReply\n"
	w := export.NewCSV(os.Stdout)
	for post, err := range blogthread.Posts(strings.NewReader(dump)) {
		if err != nil {
			log.Fatal(err)
		}
		if err := w.Write("june.txt", post); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// source,post_id,id,parent_id,depth,index,author,author_source,time,time_inferred,body,quotes,mentions,clock,date
	// june.txt,p1,1,p1,1,1,Jo Pike,header,2025-06-03T09:02:00Z,,'=SUM(A1:A9) is what they want us to pay.,,,,
	// june.txt,p1,1.1,1,2,1,Anonymous,header,2025-06-03T09:40:00Z,,'@09:02 and more next year.,,"[{""text"":""@09:02"",""target"":""1""}]",,
}
