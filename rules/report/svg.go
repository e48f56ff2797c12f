package report

import (
	"math"
	"strconv"

	"github.com/srclint/srclint/rules/scorecard"
)

// graph is the provenance graph laid out for SVG: sources on a circle,
// an arrow from each copying source to the source it copies.
type graph struct {
	Width, Height int
	Nodes         []graphNode
	Arrows        []graphArrow
}

type graphNode struct {
	Name, Label      string
	X, Y             string
	LabelX, LabelY   string
	Anchor           string
	Articles         int
	Copies, Original bool // copies another source; is copied by one
}

type graphArrow struct {
	From, To       string
	X1, Y1, X2, Y2 string
	LX, LY         string
	Label          string
	Width          string
}

// maxGraphNodes bounds the sources drawn: beyond it only sources with an
// edge are drawn.
const maxGraphNodes = 40

const nodeRadius = 9.0

func num(v float64) string { return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64) }

// layout places the sources of sc on a circle, in name order, starting at
// the top and going clockwise.
func layout(sc *scorecard.Scorecard) graph {
	linked := map[string]bool{}
	for _, l := range sc.Links {
		linked[l.From], linked[l.To] = true, true
	}
	var srcs []*scorecard.Source
	for i := range sc.Sources {
		s := &sc.Sources[i]
		if s.Articles == 0 && !linked[s.Name] {
			continue
		}
		if len(sc.Sources) > maxGraphNodes && !linked[s.Name] {
			continue
		}
		srcs = append(srcs, s)
	}
	n := len(srcs)
	radius := math.Max(110, float64(n)*14)
	const margin = 170.0 // room for labels left and right
	g := graph{Width: int(2*(radius+margin) + 0.5), Height: int(2*radius + 90 + 0.5)}
	cx, cy := float64(g.Width)/2, float64(g.Height)/2
	pos := map[string][2]float64{}
	for i, s := range srcs {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		x, y := cx+radius*math.Cos(a), cy+radius*math.Sin(a)
		if n == 1 {
			x, y = cx, cy
		}
		pos[s.Name] = [2]float64{x, y}
		lx, ly := x+(nodeRadius+8)*math.Cos(a), y+(nodeRadius+8)*math.Sin(a)+4
		anchor := "middle"
		switch c := math.Cos(a); {
		case c > 0.2:
			anchor = "start"
		case c < -0.2:
			anchor = "end"
		}
		if math.Sin(a) > 0.8 {
			ly += 8
		}
		g.Nodes = append(g.Nodes, graphNode{
			Name: s.Name, Label: s.Short, X: num(x), Y: num(y), LabelX: num(lx), LabelY: num(ly), Anchor: anchor,
			Articles: s.Articles, Copies: len(s.CopiedFrom) > 0, Original: len(s.CopiedBy) > 0,
		})
	}
	for _, l := range sc.Links {
		p, okp := pos[l.From]
		q, okq := pos[l.To]
		if !okp || !okq || l.From == l.To {
			continue
		}
		dx, dy := q[0]-p[0], q[1]-p[1]
		d := math.Hypot(dx, dy)
		if d == 0 {
			continue
		}
		ux, uy := dx/d, dy/d
		// Start at the edge of the copier's node; end a little before the
		// copied node so the arrowhead stays visible.
		x1, y1 := p[0]+ux*(nodeRadius+2), p[1]+uy*(nodeRadius+2)
		x2, y2 := q[0]-ux*(nodeRadius+5), q[1]-uy*(nodeRadius+5)
		w := 1.5 + math.Min(4, math.Log1p(float64(l.Sentences))/1.2)
		g.Arrows = append(g.Arrows, graphArrow{
			From: l.From, To: l.To, X1: num(x1), Y1: num(y1), X2: num(x2), Y2: num(y2),
			LX: num((x1+x2)/2 - uy*14), LY: num((y1+y2)/2 + ux*14 + 4),
			Label: plural(l.Sentences, "sentence"), Width: num(w),
		})
	}
	return g
}
