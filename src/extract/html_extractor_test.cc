#include "extract/html_extractor.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "base/text.h"

namespace phishscan {
namespace {

HtmlExtraction ExtractDefault(std::string_view html, Limits limits = Limits(), std::size_t max_links = 2000) {
  return ExtractHtml(html, HtmlSource{1, false}, limits, max_links);
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// Snippets of the seed lure (/work/shared/samples/imap-auth-lure.eml), after
// quoted-printable decoding.
constexpr char kLureHtml[] =
    "<html><body style=\"font-family:Arial,sans-serif;color:#333\">\n"
    "<p>Automated system has detected an ongoing issue affecting the IMAP (Internet Message "
    "Access Protocol) authentication process for your email account <b>********</b>.</p>\n"
    "<p style=\"text-align:center\"><a href=\"https://dupont-avocats-fr.imap-auth-portal.pages.dev"
    "/cpanel/login?email=j.martin%40dupont-avocats.fr\" style=\"background:#ff6c2c;color:#fff;"
    "padding:12px 28px;text-decoration:none;border-radius:4px\">AUTHENTICATE IMAP</a></p>\n"
    "<ol><li>Click on the above link.</li>\n<li>Navigate to the account settings.</li></ol>\n"
    "<p>If you encounter any difficulties during this process, please don&rsquo;t hesitate to "
    "contact our support team</p>\n"
    "<p style=\"font-size:11px;color:#999\"><img src=\"https://imap-auth-portal.pages.dev/assets/"
    "cp-logo.png\" alt=\"cP\" width=\"24\"><br>Copyright&copy; 2025 cPanel, L.L.C.</p>\n"
    "</body></html>";

TEST(ExtractHtmlTest, SeedLureButtonImageAndText) {
  const HtmlExtraction out = ExtractDefault(kLureHtml);
  ASSERT_EQ(out.links.size(), 1u);
  const Link& button = out.links[0];
  EXPECT_EQ(button.text, "AUTHENTICATE IMAP");
  EXPECT_EQ(button.origin, LinkOrigin::kHtmlAnchor);
  EXPECT_EQ(button.part_index, 1u);
  EXPECT_FALSE(button.image_only);
  EXPECT_EQ(button.url.host, "dupont-avocats-fr.imap-auth-portal.pages.dev");
  EXPECT_EQ(button.url.registrable_domain, "imap-auth-portal.pages.dev");

  ASSERT_EQ(out.images.size(), 1u);
  ASSERT_TRUE(out.images[0].src);
  EXPECT_EQ(out.images[0].src->host, "imap-auth-portal.pages.dev");
  EXPECT_EQ(out.images[0].alt, "cP");

  // White on orange is a button, not hidden text.
  EXPECT_TRUE(out.hidden.empty());
  EXPECT_TRUE(Contains(out.text, "AUTHENTICATE IMAP"));
  EXPECT_TRUE(Contains(out.text, "email account ********."));
  EXPECT_TRUE(Contains(out.text, "don\xE2\x80\x99t hesitate"));  // &rsquo; decoded by Gumbo
  EXPECT_TRUE(Contains(out.text, "Copyright\xC2\xA9 2025 cPanel"));
  EXPECT_TRUE(Contains(out.text, "Click on the above link.\nNavigate"));
  EXPECT_TRUE(out.forms.empty());
  EXPECT_TRUE(out.limits_hit.empty());
}

TEST(ExtractHtmlTest, HeadScriptStyleAndTitleAreNotVisible) {
  const HtmlExtraction out = ExtractDefault(
      "<html><head><title>Secret title</title><style>p{color:red}</style>"
      "<script>var password='x';</script></head><body>Shown<noscript>enable js</noscript>"
      "<template>tpl</template><!-- a comment --></body></html>");
  EXPECT_EQ(NormalizeText(out.text), "shown");
}

TEST(ExtractHtmlTest, BlocksAndBreaksSeparateText) {
  const HtmlExtraction out = ExtractDefault("<div>one</div><div>two<br>three</div><table><tr><td>a</td>"
                                 "<td>b</td></tr></table><span>x</span><span>y</span>");
  EXPECT_TRUE(Contains(out.text, "one\ntwo\nthree"));
  EXPECT_TRUE(Contains(out.text, "a b"));
  EXPECT_TRUE(Contains(out.text, "xy"));
}

TEST(ExtractHtmlTest, UnclosedTagsStillYieldLinks) {
  const HtmlExtraction out = ExtractDefault("<div><a href='https://x.example/p'>Click <b>here<p>more");
  ASSERT_GE(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].url.host, "x.example");
  EXPECT_TRUE(Contains(out.links[0].text, "Click here"));
}

TEST(ExtractHtmlTest, ImageOnlyAnchorUsesAlt) {
  const HtmlExtraction out = ExtractDefault(
      "<a href=\"https://login.evil.example/\"><img src=\"https://cdn.example/btn.png\" "
      "alt=\"Sign in to Microsoft\"></a>"
      "<a href=\"https://x.example/\"><img src=\"a.png\" alt=\"logo\"> Continue</a>");
  ASSERT_EQ(out.links.size(), 2u);
  EXPECT_TRUE(out.links[0].image_only);
  EXPECT_EQ(out.links[0].text, "Sign in to Microsoft");
  EXPECT_FALSE(out.links[1].image_only);
  EXPECT_EQ(out.links[1].text, "Continue");
  // The relative image has no base: no src, but the alt is kept.
  ASSERT_EQ(out.images.size(), 2u);
  EXPECT_FALSE(out.images[1].src);
  EXPECT_EQ(out.images[1].alt, "logo");
}

TEST(ExtractHtmlTest, AreaAndJavascriptLinks) {
  const HtmlExtraction out = ExtractDefault(
      "<map><area href=\"https://map.example/\" alt=\"Open account\"></map>"
      "<a href=\"javascript:document.forms[0].submit()\">Submit</a>"
      "<a href=\"cid:part1\">inline</a><a>no href</a>");
  ASSERT_EQ(out.links.size(), 2u);
  EXPECT_EQ(out.links[0].origin, LinkOrigin::kHtmlArea);
  EXPECT_EQ(out.links[0].text, "Open account");
  EXPECT_EQ(out.links[1].url.scheme, "javascript");
  EXPECT_EQ(out.links[1].text, "Submit");
}

const Link* FindLink(const HtmlExtraction& out, std::string_view host) {
  for (const Link& link : out.links) {
    if (link.url.host == host) return &link;
  }
  return nullptr;
}

TEST(ExtractHtmlTest, ImageMapAreaKnowsTheLinkAroundItsImage) {
  // The map inside the link, as old lures wrote it, and the map after it.
  for (const char* html :
       {R"(<a href="https://www.bank.example/confirm"><map name="FPMap0"><area coords="0,0,600,400" )"
        R"(href="http://collector.example:880"></map><img src="cid:p1" usemap="#FPMap0"></a>)",
        R"(<a href="https://www.bank.example/confirm"><img src="cid:p1" usemap=" #fpmap0"></a>)"
        R"(<map name="FPMap0"><area href="http://collector.example:880"></map>)"}) {
    const HtmlExtraction out = ExtractDefault(html);
    const Link* area = FindLink(out, "collector.example");
    ASSERT_NE(area, nullptr) << html;
    EXPECT_EQ(area->origin, LinkOrigin::kHtmlArea);
    ASSERT_TRUE(area->mapped_image_link) << html;
    EXPECT_EQ(area->mapped_image_link->host, "www.bank.example");
    const Link* anchor = FindLink(out, "www.bank.example");
    ASSERT_NE(anchor, nullptr);
    EXPECT_FALSE(anchor->mapped_image_link);
  }
}

TEST(ExtractHtmlTest, ImageMapWithoutSurroundingLinkHasNoMappedLink) {
  const HtmlExtraction out = ExtractDefault(
      R"(<img src="cid:p1" usemap="#m"><map name="m"><area href="https://shop.example/a"></map>)"
      R"(<a href="https://shop.example/"><img src="cid:p2" usemap="#other"></a>)");
  ASSERT_NE(FindLink(out, "shop.example"), nullptr);
  for (const Link& link : out.links) EXPECT_FALSE(link.mapped_image_link);
}

TEST(ExtractHtmlTest, RelativeLinksNeedBase) {
  const HtmlExtraction without = ExtractDefault("<a href=\"/login\">Log in</a>");
  EXPECT_TRUE(without.links.empty());
  ASSERT_EQ(without.notes.size(), 1u);

  const HtmlExtraction with = ExtractDefault(
      "<html><head><base href=\"https://portal.evil.example/app/\"></head>"
      "<body><a href=\"login\">Log in</a><img src=\"/i.png\"></body></html>");
  ASSERT_EQ(with.links.size(), 1u);
  EXPECT_EQ(with.links[0].url.normalized, "https://portal.evil.example/app/login");
  ASSERT_TRUE(with.images[0].src);
  EXPECT_EQ(with.images[0].src->host, "portal.evil.example");
}

TEST(ExtractHtmlTest, FormsWithPasswordInputs) {
  const HtmlExtraction out = ExtractDefault(
      "<form action=\"https://collect.evil.example/p.php\" method=\"POST\">"
      "<input type=\"email\" name=\"login\"><input type=\"password\" name=\"pwd\">"
      "<input type=\"submit\" value=\"Verify account\"></form>"
      "<input type=\"password\">");
  ASSERT_EQ(out.forms.size(), 2u);
  const Form& form = out.forms[0];
  ASSERT_TRUE(form.action);
  EXPECT_EQ(form.action->host, "collect.evil.example");
  EXPECT_EQ(form.method, "post");
  EXPECT_TRUE(form.has_password_input);
  EXPECT_FALSE(form.in_attachment);
  EXPECT_EQ(form.input_names, (std::vector<std::string>{"login", "pwd", "submit"}));
  // The input outside any form is collected in an extra form without action.
  EXPECT_FALSE(out.forms[1].action);
  EXPECT_TRUE(out.forms[1].has_password_input);
  EXPECT_TRUE(Contains(out.text, "Verify account"));
}

TEST(ExtractHtmlTest, FormWithoutActionOrMethod) {
  const HtmlExtraction out = ExtractDefault("<form><input name=q></form>");
  ASSERT_EQ(out.forms.size(), 1u);
  EXPECT_FALSE(out.forms[0].action);
  EXPECT_EQ(out.forms[0].action_raw, "");
  EXPECT_EQ(out.forms[0].method, "get");
}

TEST(ExtractHtmlTest, MetaRefresh) {
  const HtmlExtraction out = ExtractDefault(
      "<head><meta http-equiv=\"Refresh\" content=\"0; URL='https://next.evil.example/x'\">"
      "<meta http-equiv=\"refresh\" content=\"5;https://two.example/\">"
      "<meta name=\"viewport\" content=\"width=device-width\"></head>");
  ASSERT_EQ(out.meta_refresh.size(), 2u);
  EXPECT_EQ(out.meta_refresh[0].host, "next.evil.example");
  EXPECT_EQ(out.meta_refresh[1].host, "two.example");
}

TEST(ExtractHtmlTest, HiddenTextIsRecordedNotShown) {
  const HtmlExtraction out = ExtractDefault(
      "<p>Visible words.</p>"
      "<div style=\"display:none\">preheader <b>bank</b></div>"
      "<span style=\"font-size:0px\">zero font</span>"
      "<span style=\"visibility:hidden\">invisible</span>"
      "<span style=\"opacity:0\">transparent</span>"
      "<div style=\"max-height:0;overflow:hidden\">collapsed</div>"
      "<span hidden>attr</span>");
  EXPECT_EQ(NormalizeText(out.text), "visible words.");
  ASSERT_EQ(out.hidden.size(), 6u);
  EXPECT_EQ(out.hidden[0].text, "preheader bank");
  EXPECT_EQ(out.hidden[0].reason, "display:none");
  EXPECT_EQ(out.hidden[1].reason, "font-size:0");
  EXPECT_EQ(out.hidden[2].reason, "visibility:hidden");
  EXPECT_EQ(out.hidden[3].reason, "opacity:0");
  EXPECT_EQ(out.hidden[4].reason, "zero size with overflow:hidden");
  EXPECT_EQ(out.hidden[5].reason, "hidden attribute");
}

TEST(ExtractHtmlTest, ReadsEveryPresentationAttributeOfOneElement) {
  const HtmlExtraction out = ExtractDefault(
      "<style>.ghost{display:none}</style>"
      "<table bgcolor=\"#000000\"><tr><td>"
      "<font id=\"f\" color=\"#000000\" style=\"font-weight:bold\">dark on dark</font>"
      "</td></tr></table>"
      "<table bgcolor=\"#000000\" background=\"bg.png\"><tr><td>on a picture</td></tr></table>"
      "<span title=\"t\" class=\"x ghost\" id=\"g\">by class</span>"
      "<b data-x=\"1\" hidden style=\"color:red\">by attribute</b> shown");
  EXPECT_EQ(NormalizeText(out.text), "on a picture shown");
  ASSERT_EQ(out.hidden.size(), 3u);
  EXPECT_EQ(out.hidden[0].text, "dark on dark");
  EXPECT_EQ(out.hidden[0].reason, "same colour as background");
  EXPECT_EQ(out.hidden[1].text, "by class");
  EXPECT_EQ(out.hidden[1].reason, "display:none (style sheet)");
  EXPECT_EQ(out.hidden[2].text, "by attribute");
  EXPECT_EQ(out.hidden[2].reason, "hidden attribute");
}

TEST(ExtractHtmlTest, WhiteOnWhiteIsHidden) {
  const HtmlExtraction out = ExtractDefault(
      "<p>Your account is locked.</p>"
      "<span style=\"color:#ffffff\">Lorem ipsum filler words</span>"
      "<font color=\"white\">more filler</font>"
      "<div style=\"background-color:#000\"><span style=\"color:#fff\">white on black</span></div>"
      "<table bgcolor=\"#0070ba\"><tr><td><font color=\"#FFFFFF\">Log in</font></td></tr></table>"
      "<div style=\"background:#fff;color:#fefefe\">near white</div>");
  EXPECT_TRUE(Contains(out.text, "white on black"));
  EXPECT_TRUE(Contains(out.text, "Log in"));
  EXPECT_FALSE(Contains(out.text, "filler"));
  EXPECT_FALSE(Contains(out.text, "near white"));
  ASSERT_EQ(out.hidden.size(), 3u);
  for (const HiddenText& hidden : out.hidden) {
    EXPECT_EQ(hidden.reason, "same colour as background");
  }
}

TEST(ExtractHtmlTest, ColourResetInsideHiddenColourIsVisible) {
  const HtmlExtraction out = ExtractDefault(
      "<div style=\"color:#fff\">hidden <span style=\"color:#000\">shown</span></div>"
      "<div style=\"display:none\"><span style=\"color:#000\">still hidden</span></div>");
  EXPECT_EQ(NormalizeText(out.text), "shown");
}

// Email builders (MJML, Mailchimp) set font-size:0 on column wrappers to
// close the gaps between inline blocks and the real size on the content:
// that content is what the reader sees.
TEST(ExtractHtmlTest, ReadableFontInsideZeroFontWrapperIsVisible) {
  const HtmlExtraction out = ExtractDefault(
      "<div style=\"font-size:0px;display:inline-block\"><table><tr>"
      "<td style=\"font-size:0px;padding:10px\">"
      "<div style=\"font-size:13px;color:#000\"><p><span style=\"font-size:20px\">Your order has shipped"
      "</span></p></div></td></tr></table></div>");
  EXPECT_EQ(NormalizeText(out.text), "your order has shipped");
  EXPECT_TRUE(out.hidden.empty());
}

TEST(ExtractHtmlTest, RelativeOrTinyFontInsideZeroFontStaysHidden) {
  const HtmlExtraction out = ExtractDefault(
      "<p>Visible.</p>"
      "<div style=\"font-size:0\">filler <span style=\"font-size:150%\">still zero</span>"
      " <span style=\"font-size:1.2em\">also zero</span> <span style=\"font-size:1px\">tiny</span>"
      " <span style=\"color:#000\">black but zero</span></div>"
      "<div style=\"display:none\"><span style=\"font-size:14px\">display none wins</span></div>");
  EXPECT_EQ(NormalizeText(out.text), "visible.");
  ASSERT_EQ(out.hidden.size(), 2u);
  EXPECT_EQ(out.hidden[0].reason, "font-size:0");
  EXPECT_EQ(NormalizeText(out.hidden[0].text), "filler still zero also zero tiny black but zero");
  EXPECT_EQ(out.hidden[1].reason, "display:none");
}

TEST(ExtractHtmlTest, ReadableFontInsideZeroFontStillComparesColours) {
  const HtmlExtraction out = ExtractDefault(
      "<div style=\"font-size:0\"><span style=\"font-size:14px;color:#fff\">white filler</span>"
      "<span style=\"font-size:14px\">Shown</span></div>");
  EXPECT_EQ(NormalizeText(out.text), "shown");
  ASSERT_EQ(out.hidden.size(), 1u);  // the wrapper itself holds no text
  EXPECT_EQ(out.hidden[0].text, "white filler");
  EXPECT_EQ(out.hidden[0].reason, "same colour as background");
}

TEST(ExtractHtmlTest, UnknownBackgroundsAreNotCompared) {
  const HtmlExtraction out = ExtractDefault(
      "<style>.btn{background:#0070ba}</style>"
      "<a class=\"btn\" style=\"color:#fff\" href=\"https://x.example/\">Open</a>"
      "<table><tr><td background=\"bg.png\"><font color=white>On image</font></td></tr></table>");
  EXPECT_TRUE(out.hidden.empty());
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].text, "Open");
}

TEST(ExtractHtmlTest, StyleSheetHiding) {
  const HtmlExtraction out = ExtractDefault(
      "<style>q{display:none} .z{font-size:0}</style>"
      "<p>Wallet <q>lorem ipsum</q>alert<span class=\"y z\">filler</span></p>"
      "<b class=\"z\">bold filler</b>");
  EXPECT_EQ(NormalizeText(out.text), "wallet alert");
  ASSERT_EQ(out.hidden.size(), 3u);
  EXPECT_EQ(out.hidden[0].reason, "display:none (style sheet)");
  EXPECT_EQ(out.hidden[2].text, "bold filler");
}

// The guard hands plain style sheets over beside the markup; the rules, and
// where in the document they start to apply, are the same either way.
TEST(ExtractHtmlTest, StyleSheetsTakenOutOfTheMarkupStillHide) {
  const HtmlExtraction out = ExtractDefault(
      "<p class=\"late\">before</p>"
      "<style>\r\n.a{display:none}\r\n</style>"                     // taken out
      "<style>/* caf\xC3\xA9 */ .b{visibility:hidden}</style>"     // non-ASCII: left in
      "<p class=\"a\">first</p><p class=\"b\">second</p><p>shown</p>"
      "<STYLE type=\"text/css\">.late{display:none}</STYLE >");
  EXPECT_EQ(NormalizeText(out.text), "before shown");
  ASSERT_EQ(out.hidden.size(), 2u);
  EXPECT_EQ(out.hidden[0].text, "first");
  EXPECT_EQ(out.hidden[1].text, "second");
}

TEST(ExtractHtmlTest, HiddenTextInsideLinkIsNotLinkText) {
  const HtmlExtraction out = ExtractDefault(
      "<a href=\"https://evil.example/\">Pay<span style=\"display:none\">XYZ</span>Pal</a>");
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].text, "PayPal");
  ASSERT_EQ(out.hidden.size(), 1u);
  EXPECT_EQ(out.hidden[0].text, "xyz");
}

TEST(ExtractHtmlTest, BidiAndZeroWidthCharactersStayInLinkText) {
  // The raw link text keeps the control characters as evidence; the
  // normalised text phrase matching sees has them removed.
  const HtmlExtraction out = ExtractDefault(
      "<a href=\"https://evil.example/x\">invoice\xE2\x80\xAEgpj.exe</a>"
      "<p>pass\xE2\x80\x8Bword</p>");
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].text, "invoice\xE2\x80\xAEgpj.exe");
  EXPECT_TRUE(Contains(NormalizeText(out.text), "password"));
}

TEST(ExtractHtmlTest, DeeplyNestedDivsDoNotOverflowTheStack) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<a href=\"https://deep.example/\">deep</a>";
  const HtmlExtraction out = ExtractDefault(html);
  // Nesting beyond kMaxHtmlDepth is dropped before parsing and reported.
  EXPECT_EQ(out.limits_hit, std::vector<std::string>{"max_html_nodes"});
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].url.host, "deep.example");
  EXPECT_TRUE(Contains(out.text, "deep"));
}

TEST(ExtractHtmlTest, NodeLimitStopsTheWalk) {
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<p>x</p>";
  html += "<a href=\"https://late.example/\">late</a>";
  Limits limits;
  limits.max_html_nodes = 1000;
  const HtmlExtraction out = ExtractDefault(html, limits);
  EXPECT_EQ(out.limits_hit, std::vector<std::string>{"max_html_nodes"});
  EXPECT_TRUE(out.links.empty());
}

TEST(ExtractHtmlTest, NodeLimitInsideAnAnchorStillKeepsTheLink) {
  std::string html = "<a href=\"https://cut.example/\">";
  for (int i = 0; i < 100; ++i) html += "<b>w</b>";
  html += "</a>";
  Limits limits;
  limits.max_html_nodes = 50;
  const HtmlExtraction out = ExtractDefault(html, limits);
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].url.host, "cut.example");
}

// Markup that costs Gumbo minutes or gigabytes when fed unguarded.
TEST(ExtractHtmlTest, ParserBombsStayCheap) {
  const auto repeat = [](std::string_view unit, int n) {
    std::string out;
    out.reserve(unit.size() * n);
    for (int i = 0; i < n; ++i) out.append(unit);
    return out;
  };
  std::string attributes = "<div ";
  for (int i = 0; i < 40000; ++i) attributes += "a" + std::to_string(i) + " ";
  attributes += ">text";
  const std::vector<std::string> bombs = {
      repeat("<i><b>", 20000) + "x",
      repeat("<span>y", 20000),
      repeat("<span>", 512) + repeat("</x>", 200000),
      repeat("<div>", 1024) + repeat("<hr>", 200000),
      "<div>" + repeat("<b id=k>", 200) + "</div>" + repeat("<p>y</p>", 100000),
      repeat("<b><div></b>", 20000),
      repeat("<td><div></td>", 20000),
      repeat("<form><div></form>", 20000),
      repeat("<html a>", 20000) + repeat("<body b>", 20000),
      repeat("<a href=\"https://x.example/\">", 50000),
      attributes,
      // Style texts the guard closes with their parent: all end at the last
      // "</style", whose text or end tag is no good.
      repeat("<div><style>a</div>", 50000) + "</style>",
      repeat("<div><style>a</div>", 50000) + "\x80</style>",
      repeat("<div><style>a</div>", 20000) + "</style" + repeat(" a", 100000),
      repeat("<div><title>a</div><div><style>a</div>", 30000) + "\x80</style></title>",
  };
  for (const std::string& bomb : bombs) {
    const auto start = std::chrono::steady_clock::now();
    const HtmlExtraction out = ExtractDefault(bomb);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
    EXPECT_LT(seconds.count(), 10.0) << bomb.substr(0, 40);
  }
}

TEST(ExtractHtmlTest, LinksBeyondTheNestingCapAreKept) {
  std::string html;
  for (int i = 0; i < 3000; ++i) html += "<div><span>";
  html += "<a href=\"https://deep-evil.example/\">Sign in</a>"
          "<form action=\"https://post.example/\"><input type=password name=p></form>"
          "<img src=\"https://img.example/x.png\" alt=\"logo\">";
  const HtmlExtraction out = ExtractDefault(html);
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].url.host, "deep-evil.example");
  EXPECT_EQ(out.links[0].text, "Sign in");
  ASSERT_EQ(out.forms.size(), 1u);
  EXPECT_TRUE(out.forms[0].has_password_input);
  ASSERT_EQ(out.images.size(), 1u);
  EXPECT_EQ(out.limits_hit, std::vector<std::string>{"max_html_nodes"});
}

TEST(ExtractHtmlTest, JunkAttributePaddingIsNotedNotALimit) {
  std::string tag = "<p";
  for (int i = 0; i < 60; ++i) tag += " x" + std::to_string(i) + "=\"\"";
  const HtmlExtraction out =
      ExtractDefault(tag + ">Your wallet <a href=\"https://w.example/\">withdrawal</a></p>");
  EXPECT_TRUE(out.limits_hit.empty());
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_TRUE(Contains(out.notes[0], "attributes"));
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].text, "withdrawal");
}

TEST(ExtractHtmlTest, TenThousandLinksAreCapped) {
  std::string html;
  for (int i = 0; i < 10000; ++i) {
    html += "<a href=\"https://h" + std::to_string(i) + ".example/\">link " + std::to_string(i) +
            "</a>";
  }
  const HtmlExtraction out = ExtractDefault(html, Limits(), 2000);
  EXPECT_EQ(out.links.size(), 2000u);
  EXPECT_EQ(out.limits_hit, std::vector<std::string>{"max_links"});
  EXPECT_EQ(out.links[1999].url.host, "h1999.example");
}

TEST(ExtractHtmlTest, TextLimit) {
  Limits limits;
  limits.max_text_bytes = 100;
  const HtmlExtraction out = ExtractDefault("<p>" + std::string(1000, 'a') + "</p><p>more</p>", limits);
  EXPECT_LE(out.text.size(), 100u);
  EXPECT_EQ(out.limits_hit, std::vector<std::string>{"max_text_bytes"});
}

TEST(ExtractHtmlTest, UrlWrittenAsTextIsALink) {
  // A lure whose only link is printed in the body, with no anchor around it.
  const HtmlExtraction out = ExtractDefault(
      "<p>Votre boîte est pleine. Connectez-vous sur https://webmail-quota.evil.example/login?u=1 "
      "avant ce soir.</p><p>Ihr Konto: www.konto-pruefung.example.</p>");
  ASSERT_EQ(out.links.size(), 2u);
  EXPECT_EQ(out.links[0].url.host, "webmail-quota.evil.example");
  EXPECT_EQ(out.links[0].url.raw, "https://webmail-quota.evil.example/login?u=1");
  EXPECT_EQ(out.links[0].origin, LinkOrigin::kPlainText);
  EXPECT_EQ(out.links[0].part_index, 1u);
  EXPECT_TRUE(out.links[0].text.empty());
  EXPECT_EQ(out.links[1].url.host, "www.konto-pruefung.example");
}

TEST(ExtractHtmlTest, UrlSplitAcrossInlineTagsIsOneLink) {
  const HtmlExtraction out = ExtractDefault("<p>Go to https://<b>portal</b>.evil.example/x now</p>");
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].url.host, "portal.evil.example");
}

TEST(ExtractHtmlTest, TextUrlsAlreadyLinkedAreNotRepeated) {
  // The anchor's own text, a repeat of its href (with another scheme), and a
  // repeat of what an anchor shows: all one link each.
  const HtmlExtraction out = ExtractDefault(
      "<p><a href=\"https://www.shop.example/\">https://www.shop.example/</a></p>"
      "<p>Visit www.shop.example for more.</p>"
      "<p><a href=\"https://click.esp.example/c/123\">https://help.shop.example/faq</a></p>"
      "<footer>Help: https://help.shop.example/faq</footer>");
  ASSERT_EQ(out.links.size(), 2u);
  EXPECT_EQ(out.links[0].origin, LinkOrigin::kHtmlAnchor);
  EXPECT_EQ(out.links[1].origin, LinkOrigin::kHtmlAnchor);
}

TEST(ExtractHtmlTest, TextUrlsNextToAnAnchorDoNotJoinIt) {
  const HtmlExtraction out = ExtractDefault(
      "<p>https://a.example/<a href=\"https://b.example/\">x</a>y.example</p>"
      "<p>https://a.example/ again</p>");
  ASSERT_EQ(out.links.size(), 2u);
  EXPECT_EQ(out.links[0].url.host, "b.example");
  EXPECT_EQ(out.links[1].url.normalized, "https://a.example/");
}

TEST(ExtractHtmlTest, HiddenTextUrlsAreNotLinks) {
  const HtmlExtraction out = ExtractDefault(
      "<p>Bonjour</p><div style=\"display:none\">https://hidden.evil.example/</div>");
  EXPECT_TRUE(out.links.empty());
}

TEST(ExtractHtmlTest, TextUrlsShareTheLinkBudget) {
  std::string html = "<a href=\"https://anchor.example/\">a</a><p>";
  for (int i = 0; i < 50; ++i) html += "https://t" + std::to_string(i) + ".example/ ";
  const HtmlExtraction out = ExtractDefault(html, Limits(), 10);
  EXPECT_EQ(out.links.size(), 10u);
  EXPECT_EQ(out.links[0].url.host, "anchor.example");
  EXPECT_EQ(out.limits_hit, std::vector<std::string>{"max_links"});
  // Repeats of one URL use up the budget too: parsing stays bounded.
  std::string repeats = "<p>";
  for (int i = 0; i < 5000; ++i) repeats += "https://same.example/ ";
  const HtmlExtraction same = ExtractDefault(repeats, Limits(), 100);
  EXPECT_EQ(same.links.size(), 1u);
  EXPECT_EQ(same.limits_hit, std::vector<std::string>{"max_links"});
}

TEST(ExtractHtmlTest, AttachmentSourceMarksLinksAndForms) {
  const HtmlExtraction out = ExtractHtml(
      "<form action=\"https://a.example/\"><input type=password name=p></form>"
      "<a href=\"https://b.example/\">b</a><area href=\"https://c.example/\" alt=c>"
      "<p>or https://d.example/</p>",
      HtmlSource{2, true}, Limits(), 10);
  ASSERT_EQ(out.forms.size(), 1u);
  EXPECT_TRUE(out.forms[0].in_attachment);
  ASSERT_EQ(out.links.size(), 3u);
  for (const Link& link : out.links) {
    EXPECT_EQ(link.origin, LinkOrigin::kAttachment);
    EXPECT_EQ(link.part_index, 2u);
  }
}

TEST(ExtractHtmlTest, SvgLinks) {
  const HtmlExtraction out = ExtractDefault(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
      "<a xlink:href=\"https://svg.evil.example/\"><text>Open document</text></a></svg>");
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].url.host, "svg.evil.example");
  EXPECT_EQ(out.links[0].text, "Open document");
}

// Comments are read as a browser reads them, though the guard leaves their
// text out before parsing.
TEST(ExtractHtmlTest, CommentsHideWhatABrowserHides) {
  const HtmlExtraction hidden = ExtractDefault(
      "<p>Hello<!--!> <a href=\"https://in-comment.example/\">hidden</a> --> there</p>");
  EXPECT_TRUE(hidden.links.empty());
  EXPECT_EQ(TrimWhitespace(hidden.text), "Hello there");
  const HtmlExtraction cdata = ExtractDefault(
      "<svg><![CDATA[ a > b <!-- ]]></svg><a href=\"https://after-cdata.example/\">open</a> -->");
  ASSERT_EQ(cdata.links.size(), 1u);
  EXPECT_EQ(cdata.links[0].url.host, "after-cdata.example");
}

// A raw-text element ends at the first end tag of its name, whatever looks
// like a tag before it (the guard once read "</t</title>" as one end tag and
// dropped it, hiding the rest of the page).
TEST(ExtractHtmlTest, RawTextEndsWhereTheTokenizerEndsIt) {
  const HtmlExtraction title = ExtractDefault("<title></t</title><a href=\"https://t.example/\">open</a>");
  ASSERT_EQ(title.links.size(), 1u);
  EXPECT_EQ(title.links[0].url.host, "t.example");
  const HtmlExtraction textarea =
      ExtractDefault("<textarea><a title=\"</textarea><a href=\"https://u.example/\">open</a>");
  ASSERT_EQ(textarea.links.size(), 1u);
  EXPECT_EQ(textarea.links[0].url.host, "u.example");
}

// The guard leaves attributes nobody reads out, but not inside a script,
// where the parser may read one as text holding the script's end.
TEST(ExtractHtmlTest, AnEndTagInsideAScriptsFakeAttributeEndsTheScript) {
  const HtmlExtraction out = ExtractDefault(
      "<script>a<i title=\"</script><a href=https://after-script.example/>go</a>\"></i></script>");
  ASSERT_EQ(out.links.size(), 1u);
  EXPECT_EQ(out.links[0].url.host, "after-script.example");
}

// What the guard leaves out of Gumbo's input is never read: the extraction
// is the same without the omissions (html_guard_fuzz checks this on
// generated input).
TEST(ExtractHtmlTest, LeavingOutUnreadTextChangesNothing) {
  const std::vector<std::string> documents = {
      kLureHtml,
      "<p>a<!-- c --><!--><b>b</b><!---><!--!> <a href=https://x.example/>x</a> -->c",
      "<!--[if mso]><xml><o:p>1</o:p></xml><![endif]--><p class=\"MsoNormal\">hi<o:p></o:p></p>",
      "<style>.h{display:none}\r\n</style><p class=h>hidden</p><p width=1 align=center>shown</p>",
      "<style>/* \xC3\xA9 */ .h{visibility:hidden}</style><p class=h>gone</p>",
      "<STYLE media=all>.h{font-size:0}</STYLE ><span class=h>tiny</span> <style>p{}",
      "<svg><style>a{}</style><![CDATA[ <!-- ]]></svg><a href=https://y.example/>y</a> -->",
      "<select><style><a href=https://z.example/>z</a></style></select>",
      "<frameset><style>a{}</style><noframes><a href=https://w.example/>w</a></noframes>",
      "<title><style>a{}</style><!-- x --></title><textarea><!-- y --><a title=q>t</a></textarea>",
      "<script>a<i title=\"</script><a href=https://s.example/>s</a>\"></i></script><!-- z -->",
      "<script><!--<script></script><!-- </script> --><a href=https://v.example/>v</a>",
      "<table><input type=hidden name=h value=1><td><input type=text name=u size=3></table>",
      "<isindex prompt=\"Your password\" action=https://i.example/ data-x=1>",
      "<form action=https://f.example/ method=post target=_blank><input type=password name=p></form>",
      "<div style=\"color:#fff\" bgcolor=white data-a=1>white</div><font color=red face=x>red</font>",
      "<a xlink:href=https://l.example/ rel=nofollow>l</a><img src=https://i.example/a.png width=1 alt=A>",
      "<meta http-equiv=refresh content=\"0;url=https://r.example/\" charset=utf-8>",
      "<div class=a id=b hidden dir=rtl>h</div><div =x a=\"<!--\" b='>'>q</div>",
      "<style></t</style>k",  // found by html_guard_fuzz
      "<</>x<!--x>x",         // found by html_guard_fuzz
      "<style><title></style>\x7F",  // found by html_guard_fuzz
      "<style>\xC3\xA9<title></style><a href=https://st.example/>st</a>",
      "<title></t</title><a href=https://t.example/>t</a>",
      // Runs of text and attribute values the guard takes out (taken_text.h),
      // where Gumbo's tree construction reads text in its own ways.
      "  \r\n Text before any head or body, long enough to be taken<head><title>t</title>",
      "<pre>\nLeading newline dropped, the rest of this text kept</pre><listing>\n\nTwo newlines here</listing>",
      "<table><tr><td>a cell with a long run of text</td></tr> Stray text fostered out of the table "
      "<colgroup> More stray text after a column group</colgroup></table>",
      "<table> \t <caption>A caption with a long run of text</caption>\n  </table>",
      "<select><option>An option with a long run of text<option>Another long option text</select>",
      "<p>Tom &amp; Jerry &copy2023 &notit; &#x41;&#65;BC rights \xC2\x85 reserved by the company</p>",
      "<p>Caf\xC3\xA9 cr\xC3\xA8me \xE2\x82\xAC 5 \xF0\x9F\x98\x80 \xC3 broken \xED\xA0\x80 surrogate text</p>",
      std::string("<p>NUL \0 in the middle of a long run of text</p>", 48),
      "<p>A long run of text beside a private mark \xF3\xB0\x80\x80 that is not ours</p>",
      "<p>A long run of text beside a reference to a mark &#983040; which is not ours</p>",
      "<p>A long run of text beside other private characters \xEE\x80\x80 \xF3\xAF\xBF\xBD</p>",
      "</body></html>  Text after the end of the document, long enough",
      "<frameset> Text inside a frameset, long enough to be taken <frame></frameset>",
      "<noscript>A long run of text inside noscript</noscript><head><noscript>More long text</noscript>",
      "<a href=\"https://login.example.net/verify?user=someone\" style='color:#ffffff;background:#ffffff'>"
      "Hidden link text, long enough</a><img src=https://img.example.net/logo.png alt=\"A logo, long alt\">",
      "<div class=\"hidden-by-class-name\" id=\"some-long-identifier\">Class text</div>"
      "<style>.hidden-by-class-name{display:none}</style>",
      "<form action=\"https://collect.example.net/post.php\"><input type=submit value=\"Verify your account now\">"
      "<input type=hidden name=token value=\"0123456789abcdef0123\"></form>",
      "<table><input type=hidden value=\"a long hidden value here\"><td>cell</td></table>",
      "<isindex prompt=\"Your password, long prompt\" action=https://i.example/ style=\"color:red;font-size:0px\">",
      "<meta http-equiv=refresh content=\"0;url=https://redirect.example.net/landing\">",
      "<p style=\"font-size:0px;line-height:0px\">Zero-size text that is long enough</p>",
      "<body style=\"background:#000000;color:#000000\"><p>Black on black text, long enough</p>"
      "<body style=\"background:#ffffff;color:#000000\">",
      "<p>Line one of a long text\rLine two of a long text\r</p>",
      "R61a2b2rspagxxxx\n\r\n\r</>\n",      // found by html_guard_fuzz: CR, dropped markup, LF
      "&am</x>p; and a long run of text after a cut reference",
  };
  for (const std::string& html : documents) {
    EXPECT_EQ(ExtractDefault(html), ExtractHtml(html, HtmlSource{1, false}, Limits(), 2000, GuardOptions{false}))
        << html;
  }
}

TEST(ExtractHtmlTest, GarbageInputDoesNotCrash) {
  std::string garbage;
  for (int i = 0; i < 20000; ++i) garbage += static_cast<char>((i * 7919) % 256);
  garbage += "<a href='\xFF\xFE'>\xC3</a><<<>>><a href=\"http://[::1\">x</a></a></a></form>";
  const HtmlExtraction out = ExtractDefault(garbage);
  EXPECT_TRUE(out.links.empty());
  EXPECT_TRUE(ExtractDefault("").text.empty());
}

}  // namespace
}  // namespace phishscan
