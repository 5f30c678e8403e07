package metamock_test

import (
	"net/http"
	"os"
	"testing"

	"yr-meta-mock/metamock"
)

const versions = "/serverless/v1/functions/0@faaspy@hello2/versions"

// The fake's URL with a client of your own, then a journal check.
func TestTheDocsExample(t *testing.T) {
	fake := metamock.Start(t)
	session := fake.NewSession(t)

	req, _ := http.NewRequest(http.MethodGet, fake.URL+versions+"?pageIndex=1&pageSize=1", nil)
	req.Header = session.Header.Clone() // this test's session
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("versions: %d", res.StatusCode)
	}
	if n := session.Count(t, map[string]any{"method": "GET", "path": "*/functions/:name/versions"}); n != 1 {
		t.Fatalf("the journal counted %d versions lists, want 1", n)
	}
}

// Writes stay in the session: the default session never sees them.
func TestWritesStayInTheSession(t *testing.T) {
	fake := metamock.Start(t)
	session := fake.NewSession(t)
	created := session.Do(t, http.MethodPost, "/serverless/v1/functions", map[string]any{
		"name": "0@svc@gotest", "runtime": "python3.9", "cpu": 500, "memory": 256, "timeout": 30,
	})
	if created.Status != http.StatusOK {
		t.Fatalf("create: %v", created)
	}
	if got := session.Get(t, "/serverless/v1/functions/0@svc@gotest"); got.Status != http.StatusOK {
		t.Fatalf("in the session: %v", got)
	}
	res, err := http.Get(fake.URL + "/serverless/v1/functions/0@svc@gotest")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Fatalf("outside the session: %d, want 404", res.StatusCode)
	}
}

// A scenario's fault: the shipped flaky-versions fails the 2nd versions list with the real etcd error.
func TestAScenarioFault(t *testing.T) {
	if os.Getenv("YR_META_MOCK_FIXTURES") == "" {
		t.Skip("set YR_META_MOCK_FIXTURES to the shipped fixtures folder (a clone's fixtures/)")
	}
	session := metamock.Start(t).NewSession(t)
	session.UseScenario(t, "flaky-versions")
	if first := session.Get(t, versions); first.Status != http.StatusOK {
		t.Fatalf("1st: %v", first)
	}
	second := session.Get(t, versions)
	var body struct{ Code int }
	second.JSON(t, &body)
	if second.Status != http.StatusInternalServerError || body.Code != 122002 {
		t.Fatalf("2nd: %v, want 500 with code 122002", second)
	}
}
