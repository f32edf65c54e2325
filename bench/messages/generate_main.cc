// Writes the generated benchmark messages to a folder, for bench/scaling.sh:
//   phishscan_bench_messages OUT_DIR
// creates OUT_DIR/representative/, OUT_DIR/sweep/ and OUT_DIR/pathological/.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "messages/generated_messages.h"

namespace {

bool WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

bool WriteAll(const std::filesystem::path& dir,
              const std::vector<phishscan::bench::NamedMessage>& messages) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return false;
  for (const auto& m : messages) {
    if (m.bytes.empty() || !WriteFile(dir / m.name, m.bytes)) {
      std::fprintf(stderr, "cannot write %s\n", (dir / m.name).c_str());
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string arg = argc == 2 ? argv[1] : "";
  if (arg == "-h" || arg == "--help") {
    std::printf("usage: %s OUT_DIR\nWrites the benchmark messages under OUT_DIR/{representative,sweep,pathological}.\n",
                argv[0]);
    return 0;
  }
  // An option is never a folder to write into: "--help" once made one.
  if (argc != 2 || arg.empty() || arg.front() == '-') {
    std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
    return 2;
  }
  namespace bench = phishscan::bench;
  const std::filesystem::path out = argv[1];
  std::vector<bench::NamedMessage> sweep;
  for (const std::size_t size : bench::SweepSizes()) {
    sweep.push_back({bench::SweepName(size), bench::SizedMessage(size)});
  }
  const bool ok = WriteAll(out / "representative", bench::RepresentativeMessages()) &&
                  WriteAll(out / "sweep", sweep) &&
                  WriteAll(out / "pathological", bench::PathologicalMessages());
  return ok ? 0 : 1;
}
