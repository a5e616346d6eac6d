// The text helpers every writer relies on (query/export_text.cc).
#include <catch2/catch.hpp>

#include "query/export_internal.h"

namespace sg::query::internal {
namespace {

TEST_CASE("SanitizeText makes any bytes legal XML text", "[export][text]") {
  SECTION("valid UTF-8 with tabs and newlines is kept") {
    std::string text = "Łukasz \"Żółć\" & <東京>\tline\nnext";
    CHECK(SanitizeText(text) == text);
  }
  SECTION("control characters are removed, NUL included") {
    CHECK(SanitizeText(std::string("a\x01"
                                   "b\x0b"
                                   "c\x0c"
                                   "d\x1f"
                                   "e",
                                   9)) == "abcde");
    CHECK(SanitizeText(std::string("x\0y", 3)) == "xy");
  }
  SECTION("CR LF and CR become LF") {
    CHECK(SanitizeText("one\r\ntwo\rthree") == "one\ntwo\nthree");
  }
  SECTION("invalid UTF-8 becomes U+FFFD") {
    CHECK(SanitizeText("a\xff"
                       "b") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(SanitizeText("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
    CHECK(SanitizeText("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(SanitizeText("end\xE2\x82") == "end\xEF\xBF\xBD\xEF\xBF\xBD");            // truncated
  }
  SECTION("U+FFFE and U+FFFF are removed") {
    CHECK(SanitizeText("a\xEF\xBF\xBE"
                       "b\xEF\xBF\xBF"
                       "c") == "abc");
  }
}

TEST_CASE("XmlEscape escapes markup, and whitespace inside attributes", "[export][text]") {
  CHECK(XmlEscape("<a href=\"x\">&'</a>", false) ==
        "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  CHECK(XmlEscape("a\nb\tc", false) == "a\nb\tc");
  CHECK(XmlEscape("a\nb\tc", true) == "a&#10;b&#9;c");
}

TEST_CASE("CutUtf8 and Abbreviate never split a character", "[export][text]") {
  std::string s =
      "ab\xC3\xA9"
      "cd";  // "abécd"
  CHECK(CutUtf8(s, 3) == "ab");
  CHECK(CutUtf8(s, 4) == "ab\xC3\xA9");
  CHECK(CutUtf8(s, 100) == s);
  CHECK(Abbreviate(s, 3) == "ab\xC3\xA9\xE2\x80\xA6");
  CHECK(Abbreviate(s, 5) == s);
}

TEST_CASE("FormatDouble writes the shortest exact form", "[export][text]") {
  CHECK(FormatDouble(1) == "1");
  CHECK(FormatDouble(-0.5) == "-0.5");
  CHECK(FormatDouble(2.0 / 3) == "0.6666666666666666");
  CHECK(AttrToString(AttrValue(true)) == "true");
  CHECK(AttrToString(AttrValue(int64_t{-3})) == "-3");
}

}  // namespace
}  // namespace sg::query::internal
