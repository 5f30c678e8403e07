// Package metamock starts yr-meta-mock, the fake of openYuanrong's meta_service, for a Go test:
// what httptest.NewServer is to a handler, Start is to the fake. Standard library only.
//
//	fake := metamock.Start(t)                 // a free port; stopped in t.Cleanup
//	s := fake.NewSession(t)                   // requests in s see only s's writes and journal
//	res := s.Get(t, "/serverless/v1/functions/0@faaspy@hello2/versions")
//
// The executable: $YR_META_MOCK_BIN, else yr-meta-mock on the PATH, else `npx --no-install yr-meta-mock`.
package metamock

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// Options change how the fake starts. The zero value is the baseline data, no scenarios.
type Options struct {
	// Fixtures is the scenarios folder or file (--fixtures); default $YR_META_MOCK_FIXTURES.
	Fixtures string
	// Scenario is activated at start (--scenario); it needs Fixtures.
	Scenario string
	// Args are more CLI options, e.g. []string{"--seed", "5"}.
	Args []string
	// StartTimeout bounds the wait for the ready line (default 20 s).
	StartTimeout time.Duration
}

// MetaMock is a running fake: its base URL, port and process id.
type MetaMock struct {
	URL  string `json:"url"`
	Port int    `json:"port"`
	PID  int    `json:"pid"`

	cmd    *exec.Cmd
	exited chan error // cmd.Wait's result, once the process has ended
}

// Start starts the fake on a free loopback port and stops it when the test ends. The fake also stops
// by itself if the test binary dies, SIGKILL included: it holds the write end of the fake's stdin
// (--exit-on-stdin-close), and the fake watches its parent.
func Start(t testing.TB, options ...Options) *MetaMock {
	t.Helper()
	var o Options
	if len(options) > 0 {
		o = options[0]
	}
	command := findCommand(t)
	args := append(command[1:len(command):len(command)], toArgs(o)...)
	cmd := exec.Command(command[0], args...)
	stdin, err := cmd.StdinPipe() // never written; closed when this process exits, however it exits
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &lockedBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("yr-meta-mock: starting %v: %v", command, err)
	}
	mock := &MetaMock{cmd: cmd, exited: make(chan error, 1)}
	go func() { mock.exited <- cmd.Wait() }()
	t.Cleanup(func() { mock.stop(t, stdin, stderr) })
	line, ok := firstLine(stdout, o.StartTimeout)
	if !ok || json.Unmarshal([]byte(line), mock) != nil || mock.URL == "" {
		t.Fatalf("yr-meta-mock: %v %s (first line %q); stderr: %s", command, mock.whyNotReady(), line, stderr.String())
	}
	return mock
}

// whyNotReady waits briefly for an exit: a fake refusing its options exits at once, its stderr says why.
func (m *MetaMock) whyNotReady() string {
	select {
	case err := <-m.exited:
		m.exited <- err // for stop
		return fmt.Sprintf("exited (%v) before its ready line", err)
	case <-time.After(2 * time.Second):
		return "printed no ready line"
	}
}

func toArgs(o Options) []string {
	args := []string{"--port", "0", "--host", "127.0.0.1", "--log-level", "warn", "--exit-on-stdin-close"}
	fixtures := o.Fixtures
	if fixtures == "" {
		fixtures = os.Getenv("YR_META_MOCK_FIXTURES")
	}
	if fixtures != "" {
		args = append(args, "--fixtures", fixtures)
	}
	if o.Scenario != "" {
		args = append(args, "--scenario", o.Scenario)
	}
	return append(args, o.Args...)
}

func findCommand(t testing.TB) []string {
	if path := os.Getenv("YR_META_MOCK_BIN"); path != "" {
		return []string{path}
	}
	if path, err := exec.LookPath("yr-meta-mock"); err == nil {
		return []string{path}
	}
	if path, err := exec.LookPath("npx"); err == nil {
		return []string{path, "--no-install", "yr-meta-mock"}
	}
	t.Fatal("yr-meta-mock: no executable: set YR_META_MOCK_BIN to the single executable " +
		"(npm run build:release writes dist-release/yr-meta-mock-linux-x64), put yr-meta-mock on the PATH, " +
		"or install the npm package where npx finds it")
	return nil
}

// firstLine reads the ready line, then keeps draining stdout so the banner can never fill the pipe.
func firstLine(stdout io.Reader, timeout time.Duration) (string, bool) {
	if timeout == 0 {
		timeout = 20 * time.Second
	}
	lines := make(chan string, 1)
	go func() {
		reader := bufio.NewReader(stdout)
		line, _ := reader.ReadString('\n')
		lines <- strings.TrimSpace(line)
		_, _ = io.Copy(io.Discard, reader)
	}()
	select {
	case line := <-lines:
		return line, line != ""
	case <-time.After(timeout):
		return "", false
	}
}

// stop closes stdin (the fake finishes requests in flight and exits 0), and kills it after 5 s.
func (m *MetaMock) stop(t testing.TB, stdin io.Closer, stderr *lockedBuffer) {
	_ = stdin.Close()
	select {
	case <-m.exited:
	case <-time.After(5 * time.Second):
		_ = m.cmd.Process.Kill()
		<-m.exited
	}
	if t.Failed() && stderr.Len() > 0 {
		t.Logf("yr-meta-mock stderr:\n%s", stderr.String())
	}
}

// lockedBuffer is the fake's stderr: written by exec's copier, read by the test.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *lockedBuffer) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Len()
}
