module github.com/parley-bot/parley

go 1.26

require (
	codeberg.org/readeck/go-readability/v2 v2.1.3
	github.com/goccy/go-yaml v1.19.2
	github.com/itlightning/dateparse v0.2.1
	github.com/joho/godotenv v1.5.1
	github.com/mmcdole/gofeed v1.4.2
	github.com/schollz/progressbar/v3 v3.19.1
	golang.org/x/net v0.57.0
	golang.org/x/term v0.45.0
)

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/mmcdole/goxpp/v2 v2.0.0 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	golang.org/x/sys v0.47.0 // indirect
	golang.org/x/text v0.40.0 // indirect
)
