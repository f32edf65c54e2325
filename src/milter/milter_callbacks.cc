// libmilter calls these from one thread per MTA connection; the calls of one
// connection never overlap, so its Connection needs no lock. Nothing may
// throw out of a callback (it is C), so each one catches at its edge.
#include "milter/milter_callbacks.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <chrono>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>

#include "milter/message_accumulator.h"
#include "milter/milter_actions.h"
#include "milter/milter_service.h"

namespace phishscan {

namespace {

constexpr std::size_t kMaxEnvelopeField = 512;
constexpr std::size_t kMaxRecipients = 1000;
constexpr std::size_t kLoggedSignals = 3;

MilterService* g_service = nullptr;

struct Connection {
  Envelope envelope;
  bool in_message = false;
  bool failed = false;  // something went wrong while receiving the message
  std::shared_ptr<const ServiceState> state;  // taken at MAIL FROM, kept to the end
  std::optional<MessageAccumulator> message;
};

Connection* ConnectionOf(SMFICTX* ctx) { return static_cast<Connection*>(smfi_getpriv(ctx)); }

std::string Bounded(const char* s) {
  if (s == nullptr) return {};
  return std::string(s, strnlen(s, kMaxEnvelopeField));
}

// "<user@example.com>" -> "user@example.com"; "<>" -> "".
std::string EnvelopeAddress(char** argv) {
  if (argv == nullptr || argv[0] == nullptr) return {};
  std::string a = Bounded(argv[0]);
  if (a.size() >= 2 && a.front() == '<' && a.back() == '>') a = a.substr(1, a.size() - 2);
  return a;
}

std::string AddressText(const struct sockaddr* addr) {
  if (addr == nullptr) return {};
  char buf[INET6_ADDRSTRLEN] = {};
  if (addr->sa_family == AF_INET) {
    const auto* in = reinterpret_cast<const struct sockaddr_in*>(addr);
    if (inet_ntop(AF_INET, &in->sin_addr, buf, sizeof buf) != nullptr) return buf;
  } else if (addr->sa_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const struct sockaddr_in6*>(addr);
    if (inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof buf) != nullptr) return buf;
  }
  return {};
}

void EndMessageOf(Connection& c) {
  if (!c.in_message) return;
  c.in_message = false;
  c.message.reset();
  c.state.reset();
  g_service->EndMessage();
}

// --- the decision -----------------------------------------------------------

struct Evaluation {
  MilterDecision decision;
  MessageLogRecord record;
};

Evaluation UnscannedEvaluation(Unscanned why, const MilterConfig& config) {
  Evaluation e{DecideUnscanned(why, config), {}};
  e.record.verdict = "unscanned";
  e.record.unscanned_reason = std::string(UnscannedName(why));
  e.record.action = e.decision.action;
  return e;
}

Evaluation Evaluate(Connection& c) {
  const MilterConfig& config = c.state->config;
  if (c.failed) return UnscannedEvaluation(Unscanned::kInternalError, config);
  if (c.message->overflowed()) return UnscannedEvaluation(Unscanned::kSizeLimit, config);
  auto bytes = std::make_shared<const std::string>(c.message->TakeBytes());
  ScanRunner::Result r = g_service->runner().Run(c.state->scanner, std::move(bytes), c.envelope,
                                                 std::chrono::milliseconds(config.scan_timeout_ms),
                                                 config.max_connections);
  if (r.outcome == ScanRunner::Outcome::kOverloaded) return UnscannedEvaluation(Unscanned::kOverloaded, config);
  if (r.outcome == ScanRunner::Outcome::kTimedOut) return UnscannedEvaluation(Unscanned::kTimeout, config);
  if (!r.verdict.error.empty()) return UnscannedEvaluation(ClassifyVerdictError(r.verdict), config);
  Evaluation e{DecideForVerdict(r.verdict, config), {}};
  e.record.verdict = std::string(LabelName(r.verdict.label));
  e.record.score = r.verdict.score;
  e.record.signals = TopSignalIds(r.verdict, kLoggedSignals);
  e.record.action = e.decision.action;
  return e;
}

// --- telling the MTA -----------------------------------------------------------

bool RemovePlantedHeaders(SMFICTX* ctx, const MessageAccumulator& message) {
  bool ok = true;
  for (const auto& [name, count] : message.planted_headers()) {
    std::string n = name;
    // From the last occurrence down, so each index still names the same field.
    for (int index = count; index >= 1; --index) {
      ok &= smfi_chgheader(ctx, n.data(), index, nullptr) == MI_SUCCESS;
    }
  }
  return ok;
}

bool AddHeaders(SMFICTX* ctx, const HeaderList& headers) {
  bool ok = true;
  for (const auto& [name, value] : headers) {
    std::string n = name, v = value;
    ok &= smfi_addheader(ctx, n.data(), v.data()) == MI_SUCCESS;
  }
  return ok;
}

bool PrefixSubject(SMFICTX* ctx, const MessageAccumulator& message, const std::string& prefix) {
  std::string name = "Subject";
  if (!message.has_subject()) {
    std::optional<std::string> value = SubjectWithPrefix("", prefix);
    return !value || smfi_addheader(ctx, name.data(), value->data()) == MI_SUCCESS;
  }
  if (!message.subject()) return true;  // too long to rewrite: left alone
  std::optional<std::string> value = SubjectWithPrefix(*message.subject(), prefix);
  return !value || smfi_chgheader(ctx, name.data(), 1, value->data()) == MI_SUCCESS;
}

void SetReply(SMFICTX* ctx, const SmtpReply& reply) {
  std::string rcode = reply.rcode, xcode = reply.xcode, text = reply.text;
  smfi_setreply(ctx, rcode.data(), xcode.data(), text.data());
}

sfsistat Apply(SMFICTX* ctx, const Connection& c, const MilterDecision& d, MessageLogRecord& record) {
  if (d.smtp_reply) SetReply(ctx, *d.smtp_reply);
  if (d.reply == MilterDecision::Reply::kReject) return SMFIS_REJECT;
  if (d.reply == MilterDecision::Reply::kTempfail) return SMFIS_TEMPFAIL;
  bool headers_ok = true;
  if (c.message) headers_ok = RemovePlantedHeaders(ctx, *c.message);
  headers_ok &= AddHeaders(ctx, d.headers);
  if (c.message && !d.subject_prefix.empty()) headers_ok &= PrefixSubject(ctx, *c.message, d.subject_prefix);
  if (!headers_ok) g_service->log().Event("error", "the MTA refused a header change");
  if (!d.quarantine_reason.empty()) {
    std::string reason = d.quarantine_reason;
    if (smfi_quarantine(ctx, reason.data()) != MI_SUCCESS) {
      g_service->log().Event("error", "the MTA refused to quarantine a message");
      // A message that should be held must not slip through: the fail policy
      // decides between delivering it (tagged) and asking for a retry.
      if (c.state->config.fail_policy == FailPolicy::kClosed) {
        record.action = "tempfail";
        SetReply(ctx, *DecideUnscanned(Unscanned::kInternalError, c.state->config).smtp_reply);
        return SMFIS_TEMPFAIL;
      }
      record.action = "tag";
    }
  }
  return SMFIS_ACCEPT;
}

std::string QueueId(SMFICTX* ctx) {
  for (const char* name : {"i", "{i}"}) {
    std::string n = name;
    if (const char* value = smfi_getsymval(ctx, n.data())) return Bounded(value);
  }
  return "-";
}

sfsistat FinishMessage(SMFICTX* ctx, Connection& c) {
  auto start = std::chrono::steady_clock::now();
  Evaluation e = Evaluate(c);
  sfsistat result = Apply(ctx, c, e.decision, e.record);
  e.record.queue_id = QueueId(ctx);
  e.record.elapsed_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  g_service->log().Message(e.record);
  return result;
}

// Used when even the fail policy could not be applied normally.
sfsistat FallbackReply(const Connection* c) {
  if (c != nullptr && c->state && c->state->config.fail_policy == FailPolicy::kOpen) return SMFIS_ACCEPT;
  return SMFIS_TEMPFAIL;
}

// --- the callbacks -------------------------------------------------------------

// While stopping, new work is not started: it follows the fail policy, as if
// the milter were already gone (accepted unscanned, or "try again later").
sfsistat RefusedWhileDraining() {
  return g_service->holder().Current()->config.fail_policy == FailPolicy::kOpen ? SMFIS_ACCEPT : SMFIS_TEMPFAIL;
}

sfsistat OnConnect(SMFICTX* ctx, char* hostname, _SOCK_ADDR* addr) {
  if (g_service->draining()) return RefusedWhileDraining();
  if (!g_service->AdmitConnection()) {
    g_service->log().Event("busy", "connection refused: max_connections reached");
    return SMFIS_TEMPFAIL;
  }
  auto* c = new (std::nothrow) Connection;
  if (c == nullptr) {
    g_service->ReleaseConnection();
    return SMFIS_TEMPFAIL;
  }
  try {
    c->envelope.client_hostname = Bounded(hostname);
    c->envelope.client_ip = AddressText(addr);
  } catch (...) {
    c->failed = true;
  }
  smfi_setpriv(ctx, c);
  return SMFIS_CONTINUE;
}

sfsistat OnHelo(SMFICTX* ctx, char* helo) {
  Connection* c = ConnectionOf(ctx);
  if (c == nullptr) return SMFIS_TEMPFAIL;
  try {
    c->envelope.helo = Bounded(helo);
  } catch (...) {
    c->failed = true;
  }
  return SMFIS_CONTINUE;
}

sfsistat OnEnvFrom(SMFICTX* ctx, char** argv) {
  Connection* c = ConnectionOf(ctx);
  if (c == nullptr) return SMFIS_TEMPFAIL;
  EndMessageOf(*c);  // a transaction that ended without abort
  if (g_service->draining()) return RefusedWhileDraining();
  g_service->BeginMessage();
  c->in_message = true;
  try {
    c->failed = false;
    c->state = g_service->holder().Current();
    c->message.emplace(c->state->config.max_size);
    c->envelope.mail_from = EnvelopeAddress(argv);
    c->envelope.rcpt_to.clear();
  } catch (...) {
    c->failed = true;
  }
  return SMFIS_CONTINUE;
}

sfsistat OnEnvRcpt(SMFICTX* ctx, char** argv) {
  Connection* c = ConnectionOf(ctx);
  if (c == nullptr || !c->in_message) return SMFIS_TEMPFAIL;
  try {
    if (c->envelope.rcpt_to.size() < kMaxRecipients) c->envelope.rcpt_to.push_back(EnvelopeAddress(argv));
  } catch (...) {
    c->failed = true;
  }
  return SMFIS_CONTINUE;
}

sfsistat OnHeader(SMFICTX* ctx, char* name, char* value) {
  Connection* c = ConnectionOf(ctx);
  if (c == nullptr || !c->in_message) return SMFIS_TEMPFAIL;
  if (c->failed || !c->message) return SMFIS_CONTINUE;
  try {
    c->message->AddHeader(name != nullptr ? name : "", value != nullptr ? value : "");
  } catch (...) {
    c->failed = true;
  }
  return SMFIS_CONTINUE;
}

sfsistat OnEndOfHeaders(SMFICTX* ctx) {
  Connection* c = ConnectionOf(ctx);
  if (c == nullptr || !c->in_message) return SMFIS_TEMPFAIL;
  if (c->failed || !c->message) return SMFIS_CONTINUE;
  try {
    c->message->EndHeaders();
  } catch (...) {
    c->failed = true;
  }
  return SMFIS_CONTINUE;
}

sfsistat OnBody(SMFICTX* ctx, unsigned char* chunk, size_t size) {
  Connection* c = ConnectionOf(ctx);
  if (c == nullptr || !c->in_message) return SMFIS_TEMPFAIL;
  if (c->failed || !c->message || chunk == nullptr) return SMFIS_CONTINUE;
  try {
    c->message->AddBody(std::string_view(reinterpret_cast<const char*>(chunk), size));
  } catch (...) {
    c->failed = true;
  }
  return SMFIS_CONTINUE;
}

// Nothing to check at DATA; registered so that the MTA waits for a reply
// here. Without it Postfix sends the DATA macros alone, with no answer to
// carry the ACK, and Nagle then holds its next packet for the 40 ms of
// delayed ACK: a 40 ms stall on every message.
sfsistat OnData(SMFICTX* ctx) { return SMFIS_CONTINUE; }

sfsistat OnEndOfMessage(SMFICTX* ctx) {
  Connection* c = ConnectionOf(ctx);
  if (c == nullptr || !c->in_message || !c->state) return FallbackReply(c);
  if (!c->message) c->failed = true;
  sfsistat result;
  try {
    result = FinishMessage(ctx, *c);
  } catch (...) {
    result = FallbackReply(c);
  }
  EndMessageOf(*c);
  return result;
}

sfsistat OnAbort(SMFICTX* ctx) {
  if (Connection* c = ConnectionOf(ctx)) EndMessageOf(*c);
  return SMFIS_CONTINUE;
}

sfsistat OnClose(SMFICTX* ctx) {
  Connection* c = ConnectionOf(ctx);
  if (c == nullptr) return SMFIS_CONTINUE;
  EndMessageOf(*c);
  smfi_setpriv(ctx, nullptr);
  delete c;
  g_service->ReleaseConnection();
  return SMFIS_CONTINUE;
}

}  // namespace

struct smfiDesc FilterDescriptionFor(MilterService* service) {
  g_service = service;
  static char name[] = "phishscan";
  struct smfiDesc d;
  std::memset(&d, 0, sizeof d);
  d.xxfi_name = name;
  d.xxfi_version = SMFI_VERSION;
  d.xxfi_flags = SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE;
  d.xxfi_connect = OnConnect;
  d.xxfi_helo = OnHelo;
  d.xxfi_envfrom = OnEnvFrom;
  d.xxfi_envrcpt = OnEnvRcpt;
  d.xxfi_header = OnHeader;
  d.xxfi_eoh = OnEndOfHeaders;
  d.xxfi_body = OnBody;
  d.xxfi_eom = OnEndOfMessage;
  d.xxfi_abort = OnAbort;
  d.xxfi_close = OnClose;
  d.xxfi_data = OnData;
  return d;
}

}  // namespace phishscan
