// Owning smart pointers for the GLib/GMime objects the parser creates, so every
// early return releases its references (GObject refcounting, g_free memory).
#ifndef PHISHSCAN_PARSE_GLIB_PTR_H_
#define PHISHSCAN_PARSE_GLIB_PTR_H_

#include <gmime/gmime.h>

#include <memory>

namespace phishscan {

struct GObjectUnref {
  void operator()(gpointer object) const {
    if (object != nullptr) g_object_unref(object);
  }
};

// Holds one reference to a GObject (GMimeStream, GMimeParser, GMimeMessage...).
template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
  void operator()(gpointer memory) const { g_free(memory); }
};

// A string returned by GLib/GMime that the caller must g_free.
using GCharPtr = std::unique_ptr<char, GFree>;

struct ParserOptionsFree {
  void operator()(GMimeParserOptions* options) const {
    if (options != nullptr) g_mime_parser_options_free(options);
  }
};

using ParserOptionsPtr = std::unique_ptr<GMimeParserOptions, ParserOptionsFree>;

struct ByteArrayUnref {
  void operator()(GByteArray* array) const {
    if (array != nullptr) g_byte_array_unref(array);
  }
};

using ByteArrayPtr = std::unique_ptr<GByteArray, ByteArrayUnref>;

}  // namespace phishscan

#endif  // PHISHSCAN_PARSE_GLIB_PTR_H_
