package metamock

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
)

// SessionHeader puts a request in a session: its own data, scenario progress and journal.
const SessionHeader = "x-mock-session"

// Session is one test's view of the fake. Send Header with the requests of a client of your own.
type Session struct {
	ID     string
	Header http.Header
	mock   *MetaMock
}

// Response is an answer read whole: status, headers, body.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON decodes the body into v, failing the test if it is not JSON.
func (r *Response) JSON(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("yr-meta-mock: answer %d is not JSON (%v): %.200s", r.Status, err, r.Body)
	}
}

// NewSession makes a session named after the test, dropped when the test ends.
func (m *MetaMock) NewSession(t testing.TB) *Session {
	t.Helper()
	id := "go:" + t.Name()
	s := &Session{ID: id, Header: http.Header{}, mock: m}
	s.Header.Set(SessionHeader, id)
	t.Cleanup(func() { s.end(t) })
	return s
}

// Do sends method path (and a JSON body unless nil) in this session.
func (s *Session) Do(t testing.TB, method, path string, body any) *Response {
	t.Helper()
	return s.send(t, method, path, body, s.Header)
}

// Get sends GET path in this session.
func (s *Session) Get(t testing.TB, path string) *Response {
	t.Helper()
	return s.Do(t, http.MethodGet, path, nil)
}

// Count is how many requests of this session matched the journal filter, e.g.
// map[string]any{"method": "POST", "path": "*/versions"} (keys: method, path, query, headers, json, status).
func (s *Session) Count(t testing.TB, filter map[string]any) int {
	t.Helper()
	var counted struct{ Count int }
	s.admin(t, http.MethodPost, "/requests/count", filter).JSON(t, &counted)
	return counted.Count
}

// UseScenario activates a scenario of the fake's fixtures until the test ends. A scenario is
// process-wide: tests that use one must not run in parallel with tests on the same fake.
func (s *Session) UseScenario(t testing.TB, name string) {
	t.Helper()
	s.admin(t, http.MethodPost, "/scenarios/"+url.PathEscape(name)+"/activate", nil)
	t.Cleanup(func() { s.admin(t, http.MethodDelete, "/scenarios/active", nil) })
}

// admin calls /__admin in this session; a refusal fails the test with the fake's answer.
func (s *Session) admin(t testing.TB, method, path string, body any) *Response {
	t.Helper()
	header := adminHeader()
	header.Set(SessionHeader, s.ID)
	res := s.send(t, method, "/__admin"+path, body, header)
	if res.Status >= 400 {
		t.Fatalf("yr-meta-mock: %s /__admin%s answered %d: %s", method, path, res.Status, res.Body)
	}
	return res
}

func (s *Session) end(t testing.TB) {
	res := s.send(t, http.MethodDelete, "/__admin/sessions/"+url.PathEscape(s.ID), nil, adminHeader())
	if res.Status != http.StatusOK && res.Status != http.StatusNotFound { // 404: the test sent nothing
		t.Errorf("yr-meta-mock: dropping session %q answered %d: %s", s.ID, res.Status, res.Body)
	}
}

// adminHeader: JSON said so (the fake refuses other /__admin writes, as a web page could send them),
// and $YR_META_MOCK_ADMIN_TOKEN, which the fake reads too.
func adminHeader() http.Header {
	header := http.Header{"Content-Type": {"application/json"}}
	if token := os.Getenv("YR_META_MOCK_ADMIN_TOKEN"); token != "" {
		header.Set("Authorization", "Bearer "+token)
	}
	return header
}

func (s *Session) send(t testing.TB, method, path string, body any, header http.Header) *Response {
	t.Helper()
	var reader io.Reader
	if body != nil {
		encoded, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		reader = bytes.NewReader(encoded)
	}
	req, err := http.NewRequest(method, s.mock.URL+path, reader)
	if err != nil {
		t.Fatal(err)
	}
	for name, values := range header {
		req.Header[name] = values
	}
	if body != nil && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("yr-meta-mock: %s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	read, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("yr-meta-mock: reading %s %s: %v", method, path, err)
	}
	return &Response{Status: res.StatusCode, Header: res.Header, Body: read}
}

// String shows the answer in test failures.
func (r *Response) String() string {
	return fmt.Sprintf("%d %s", r.Status, strings.TrimSpace(string(r.Body)))
}
