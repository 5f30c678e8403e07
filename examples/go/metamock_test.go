// An httptest-style helper for Go consumers (openYuanrong's frontend is Go): StartMetaMock is to
// the fake what httptest.NewServer is to a handler. It starts `yr-meta-mock --port 0`, reads the
// JSON ready line for the URL, and stops the fake in t.Cleanup.
//
//	YR_META_MOCK_CMD="npx yr-meta-mock" go test ./...   (default: yr-meta-mock, the binary on PATH)
package metamock

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// MetaMock is a running fake: its URL, port and process.
type MetaMock struct {
	URL  string `json:"url"`
	Port int    `json:"port"`
	cmd  *exec.Cmd
}

// StartMetaMock starts the fake on a free loopback port for the test and stops it afterwards.
// The fake also stops by itself if the test binary dies: it watches its parent and its stdin.
func StartMetaMock(t testing.TB, args ...string) *MetaMock {
	t.Helper()
	command := strings.Fields(os.Getenv("YR_META_MOCK_CMD"))
	if len(command) == 0 {
		command = []string{"yr-meta-mock"}
	}
	argv := append(command[1:], "--port", "0", "--log-level", "warn", "--exit-on-stdin-close")
	cmd := exec.Command(command[0], append(argv, args...)...)
	stdin, err := cmd.StdinPipe() // held open; closed when this process exits, however it exits
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %v: %v", command, err)
	}
	lines := make(chan string, 1)
	go func() {
		reader := bufio.NewReader(stdout)
		line, _ := reader.ReadString('\n')
		lines <- line
		io.Copy(io.Discard, reader) // keep draining: the banner must not fill the pipe
	}()
	mock := &MetaMock{cmd: cmd}
	select {
	case line := <-lines:
		if err := json.Unmarshal([]byte(line), mock); err != nil || mock.URL == "" {
			_ = cmd.Process.Kill()
			t.Fatalf("no ready line from %v: %q", command, line)
		}
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("%v did not start within 10 s", command)
	}
	t.Cleanup(func() {
		_ = stdin.Close() // --exit-on-stdin-close: the fake closes its connections and exits 0
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
		}
	})
	return mock
}

func TestDocsExample(t *testing.T) {
	mock := StartMetaMock(t)
	url := mock.URL + "/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=1"
	response, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer response.Body.Close()
	var body struct {
		Functions []struct {
			VersionNumber string `json:"versionNumber"`
		} `json:"functions"`
		PageInfo struct {
			Total int `json:"total"`
		} `json:"pageInfo"`
	}
	if err := json.NewDecoder(response.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if response.StatusCode != 200 || body.PageInfo.Total != 2 || body.Functions[0].VersionNumber != "$latest" {
		t.Fatalf("unexpected answer: %d %+v", response.StatusCode, body)
	}
}

func TestEmptyClusterScenario(t *testing.T) {
	fixtures := os.Getenv("YR_META_MOCK_FIXTURES") // e.g. node_modules/yr-meta-mock/fixtures
	if fixtures == "" {
		t.Skip("set YR_META_MOCK_FIXTURES to the shipped fixtures directory")
	}
	mock := StartMetaMock(t, "--fixtures", fixtures, "--scenario", "empty-cluster")
	response, err := http.Get(fmt.Sprintf("%s/serverless/v1/functions/0@faaspy@hello2", mock.URL))
	if err != nil {
		t.Fatal(err)
	}
	response.Body.Close()
	if response.StatusCode != 404 {
		t.Fatalf("expected 404 in an empty cluster, got %d", response.StatusCode)
	}
}
