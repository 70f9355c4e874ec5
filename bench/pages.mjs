/**
 * Full saved pages for the bench corpus: what "Save page as" (HTML only)
 * writes for a story on a government site, on the inspectorate's own
 * WordPress-style site, and on a local news site. The pages carry the
 * furniture such pages really have, at about their real size: a header with
 * a menu of dozens of links, a cookie banner with its hidden messages,
 * breadcrumbs, inline SVG logos, JSON-LD, inline scripts and styles,
 * related-content lists, feedback and newsletter forms, sidebars, comments,
 * ad slots, and a footer of dozens of links. The words are the bench's own.
 *
 * Each function takes the page's title, its body HTML, the article's
 * paragraphs (news sites embed them again in a JSON state blob) and a seeded
 * random source, and returns the whole page.
 */

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date in the page's furniture (a sidebar, a "most read" item), as words. */
function furnitureDate(rand) {
  return `${1 + Math.floor(rand() * 28)} ${pick(rand, MONTHS)} ${2018 + Math.floor(rand() * 7)}`;
}

/** An SVG logo's path data: a few kilobytes of coordinates, as real logos have. */
function svgPath(rand, points) {
  const parts = [];
  for (let i = 0; i < points; i++) {
    const x = (rand() * 120).toFixed(2);
    const y = (rand() * 40).toFixed(2);
    parts.push(i % 7 === 0 ? `M${x} ${y}` : `${pick(rand, ["l", "c", "L", "C"])}${x} ${y}`);
  }
  return parts.join(" ") + "z";
}

/** A stylesheet of the kind sites inline: custom properties and utility classes. */
function inlineCss(rand, rules) {
  const props = ["color", "background-color", "margin", "padding", "font-size", "line-height", "border", "display", "gap"];
  const out = [":root{"];
  for (let i = 0; i < rules / 4; i++) out.push(`--wp--preset--color--c${i}:#${Math.floor(rand() * 0xffffff).toString(16).padStart(6, "0")};`);
  out.push("}");
  for (let i = 0; i < rules; i++) {
    out.push(`.has-u${i}-${pick(rand, ["color", "size", "spacing", "layout"])}{${pick(rand, props)}:${Math.floor(rand() * 40)}px !important;${pick(rand, props)}:var(--wp--preset--color--c${i % 10})}`);
  }
  return out.join("");
}

/** A script's worth of configuration, as sites inline it. */
function configScript(rand, name, keys) {
  const cfg = {};
  for (let i = 0; i < keys; i++) cfg[`setting_${i}`] = rand() < 0.5 ? Math.floor(rand() * 1e6) : `value-${Math.floor(rand() * 1e9).toString(36)}`;
  return `<script>window.${name} = ${JSON.stringify(cfg)};</script>`;
}

const TOPICS = [
  "Benefits", "Births, deaths, marriages and care", "Business and self-employed", "Childcare and parenting",
  "Citizenship and living in the UK", "Crime, justice and the law", "Disabled people", "Driving and transport",
  "Education and learning", "Employing people", "Environment and countryside", "Housing and local services",
  "Money and tax", "Passports, travel and living abroad", "Visas and immigration", "Working, jobs and pensions",
];
const ACTIVITY = ["Departments", "News", "Guidance and regulation", "Research and statistics", "Policy papers and consultations", "Transparency", "How government works", "Get involved"];
const slug = (s) => s.toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");

/** A story page on a GOV.UK-style government site (about 45 KB). */
export function governmentPage(title, body, meta, rand) {
  const t = esc(title);
  const menu = (items, withText) =>
    items
      .map((x) => `<li class="gem-c-layout-super-navigation-header__navigation-second-item"><a class="govuk-link gem-c-layout-super-navigation-header__navigation-second-item-link" href="/browse/${slug(x)}" data-track-category="headerClicked" data-track-action="${slug(x)}Link" data-track-label="/browse/${slug(x)}">${esc(x)}</a>${withText ? `<p class="gem-c-layout-super-navigation-header__navigation-second-item-description">Find out about ${esc(x.toLowerCase())}, with guides and services</p>` : ""}</li>`)
      .join("\n");
  const footerList = (items) => items.map((x) => `<li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/browse/${slug(x)}">${esc(x)}</a></li>`).join("\n");
  const related = Array.from({ length: 5 }, () => `<li class="gem-c-related-navigation__link"><a class="govuk-link" href="/government/news/${slug(meta.otherHeadline(rand))}">${esc(meta.otherHeadline(rand))}</a></li>`).join("\n");
  const jsonLd = {
    "@context": "http://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": `https://www.gov.uk/government/news/${slug(title)}` },
    headline: title,
    description: meta.standfirst,
    datePublished: meta.isoDate,
    dateModified: meta.isoDate,
    image: ["https://assets.publishing.service.gov.uk/media/placeholder/s960_inspectorate.jpg"],
    author: { "@type": "Organization", name: "HM Inspectorate of Probation", url: "https://www.gov.uk/government/organisations/hm-inspectorate-of-probation" },
    publisher: { "@type": "Organization", name: "GOV.UK", url: "https://www.gov.uk", logo: { "@type": "ImageObject", url: "https://www.gov.uk/media/govuk-opengraph-image.png" } },
    about: TOPICS.slice(4, 8).map((x) => ({ "@context": "http://schema.org", "@type": "Thing", sameAs: `https://www.gov.uk/browse/${slug(x)}` })),
  };
  const crumbs = { "@context": "http://schema.org", "@type": "BreadcrumbList", itemListElement: ["Home", "Crime, justice and the law", "Prisons and probation"].map((name, i) => ({ "@type": "ListItem", position: i + 1, item: { name, "@id": `https://www.gov.uk/${i ? "browse/" + slug(name) : ""}` } })) };
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded">
<head>
<meta charset="utf-8">
<title lang="en">${t} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#1d70b8">
${Array.from({ length: 8 }, (_, i) => `<link rel="stylesheet" href="/assets/static/application-${Math.floor(rand() * 1e12).toString(16)}-${i}.css" media="all">`).join("\n")}
<link rel="icon" sizes="48x48" href="/assets/static/favicon.ico"><link rel="apple-touch-icon" href="/assets/static/apple-touch-icon.png">
<meta property="og:image" content="https://www.gov.uk/assets/static/govuk-opengraph-image.png">
<meta name="description" content="${esc(meta.standfirst)}">
<meta property="og:title" content="${t}"><meta property="og:type" content="article"><meta property="og:description" content="${esc(meta.standfirst)}">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="${t}">
<meta name="govuk:format" content="news_story"><meta name="govuk:schema-name" content="news_article"><meta name="govuk:content-id" content="${Math.floor(rand() * 1e15).toString(16)}-${Math.floor(rand() * 1e15).toString(16)}">
<meta name="govuk:primary-publishing-organisation" content="HM Inspectorate of Probation"><meta name="govuk:organisations" content="&lt;O1234&gt;">
<meta name="govuk:first-published-at" content="${meta.isoDate}"><meta name="govuk:updated-at" content="${meta.isoDate}">
<script type="application/ld+json">${JSON.stringify(jsonLd, null, 2)}</script>
<script type="application/ld+json">${JSON.stringify(crumbs, null, 2)}</script>
<script>document.body ? document.body.className += ' js-enabled' : document.documentElement.className += ' js-enabled-early';</script>
</head>
<body class="gem-c-layout-for-public govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on this site">
  <div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on this site">
    <div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
      <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
        <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on this site</h2>
        <div class="govuk-cookie-banner__content"><p class="govuk-body">Some essential cookies make this site work.</p>
        <p class="govuk-body">We would also like to set extra cookies so we can see how you use the site, remember your settings and make our services better.</p></div>
      </div></div>
      <div class="js-confirmation-buttons govuk-button-group">
        <button class="gem-c-button govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
        <button class="gem-c-button govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
        <a class="govuk-link" href="/help/cookies">View cookies</a>
      </div>
    </div>
    <div hidden class="gem-c-cookie-banner__confirmation govuk-width-container" tabindex="-1">
      <p class="gem-c-cookie-banner__confirmation-message--accepted govuk-body" hidden>You have accepted extra cookies. <span class="gem-c-cookie-banner__confirmation-message--rejected" hidden>You have rejected extra cookies.</span> You can <a class="govuk-link" href="/help/cookies">change your cookie settings</a> at any time.</p>
      <div class="govuk-button-group"><button class="gem-c-cookie-banner__hide-button govuk-button" data-hide-cookie-banner="true">Hide this message</button></div>
    </div>
  </div>
</div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link govuk-!-display-none-print" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-super-navigation-header" class="gem-c-layout-super-navigation-header">
  <div class="gem-c-layout-super-navigation-header__container govuk-clearfix">
    <div class="govuk-width-container"><div class="gem-c-layout-super-navigation-header__header-logo">
      <a class="govuk-header__link govuk-header__link--homepage" href="/" id="logo" aria-label="Go to the homepage">
        <svg xmlns="http://www.w3.org/2000/svg" focusable="false" role="img" viewBox="0 0 324 60" height="30" width="162" fill="currentcolor" class="govuk-header__logotype" aria-label="GOV.UK"><title>GOV.UK</title>
          <g><circle cx="20" cy="17.6" r="3.7"></circle><circle cx="10.2" cy="23.5" r="3.7"></circle><circle cx="3.7" cy="33.2" r="3.7"></circle><circle cx="31.7" cy="30.6" r="3.7"></circle><circle cx="43.3" cy="17.6" r="3.7"></circle><circle cx="53.2" cy="23.5" r="3.7"></circle><circle cx="59.7" cy="33.2" r="3.7"></circle><circle cx="31.7" cy="30.6" r="3.7"></circle>
          <path d="${svgPath(rand, 220)}"></path></g>
          <path d="${svgPath(rand, 160)}"></path>
        </svg></a></div>
    <nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content" data-module="super-navigation-mega-menu">
      <h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
      <div class="gem-c-layout-super-navigation-header__navigation-item">
        <button aria-controls="super-navigation-menu" aria-expanded="false" class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button"><span class="gem-c-layout-super-navigation-header__navigation-top-toggle-button-inner">Menu</span></button>
      </div>
      <div id="super-navigation-menu" hidden class="gem-c-layout-super-navigation-header__navigation-dropdown-menu">
        <div class="govuk-grid-row gem-c-layout-super-navigation-header__navigation-items">
          <div class="govuk-grid-column-two-thirds-from-desktop"><h3 class="govuk-heading-m">Services and information</h3><ul class="govuk-list">${menu(TOPICS, true)}</ul></div>
          <div class="govuk-grid-column-one-third-from-desktop"><h3 class="govuk-heading-m">Government activity</h3><ul class="govuk-list">${menu(ACTIVITY, true)}</ul></div>
        </div>
      </div>
      <div class="gem-c-layout-super-navigation-header__search-item">
        <button id="super-search-menu-toggle" class="gem-c-layout-super-navigation-header__search-toggle-button" aria-expanded="false" type="button"><span class="govuk-visually-hidden">Show search menu</span><svg class="gem-c-layout-super-navigation-header__search-toggle-button-link-icon" width="27" height="27" viewBox="0 0 27 27" aria-hidden="true"><circle cx="12.0161" cy="11.0161" r="8.51613" stroke="currentColor" stroke-width="3"></circle><line x1="17.8668" y1="17.3587" x2="26.4475" y2="25.9393" stroke="currentColor" stroke-width="3"></line></svg></button>
        <div id="super-search-menu" hidden class="gem-c-layout-super-navigation-header__search-items">
          <form class="gem-c-layout-super-navigation-header__search-form" id="search" action="/search/all" method="get" role="search" aria-label="Site-wide">
            <div class="gem-c-search govuk-!-display-none-print" data-module="gem-toggle-input-class-on-focus"><label for="site-search-text" class="gem-c-search__label">Search this site</label>
            <div class="gem-c-search__item-wrapper"><input enterkeyhint="search" class="gem-c-search__item gem-c-search__input" id="site-search-text" name="keywords" type="search" autocomplete="off">
            <div class="gem-c-search__item gem-c-search__submit-wrapper"><button class="gem-c-search__submit" type="submit">Search</button></div></div></div>
          </form>
        </div>
      </div>
    </nav>
    </div>
  </div>
</header>
<div class="govuk-width-container">
  <div class="gem-c-contextual-breadcrumbs govuk-!-display-none-print">
    <nav data-module="ga4-link-tracker" aria-label="Breadcrumb" class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile">
      <ol class="govuk-breadcrumbs__list">
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/justice">Crime, justice and the law</a></li>
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/justice/prisons-probation">Prisons and probation</a></li>
      </ol>
    </nav>
  </div>
  <main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en">
    <div class="govuk-grid-row gem-print-columns-none">
      <div class="govuk-grid-column-two-thirds">
        <span class="govuk-caption-xl gem-c-title__context">Press release</span>
        <h1 class="gem-c-title__text govuk-heading-l">${t}</h1>
        <p class="gem-c-lead-paragraph">${esc(meta.standfirst)}</p>
      </div>
    </div>
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      <div class="gem-c-metadata gem-c-metadata--inverse-padded" data-module="metadata">
        <dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/hm-inspectorate-of-probation" class="govuk-link">HM Inspectorate of Probation</a></dd>
        <dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">${meta.wordDate}</dd></dl>
      </div>
    </div></div>
    <div class="govuk-grid-row gem-print-columns-none">
      <div class="govuk-grid-column-two-thirds">
        <div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${body}
        </div></div>
        <div class="gem-c-single-page-notification-button" data-module="single-page-notification-button"><form class="gem-c-single-page-notification-button__form" action="/email/subscriptions/single-page/new" method="POST"><input type="hidden" name="base_path" value="/government/news/${slug(title)}"><button class="govuk-body-s gem-c-single-page-notification-button__submit" type="submit">Get emails about this page</button></form></div>
        <div class="gem-c-share-links govuk-!-display-none-print" data-module="ga4-link-tracker"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list"><li class="gem-c-share-links__list-item"><a class="govuk-link" href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a></li><li class="gem-c-share-links__list-item"><a class="govuk-link" href="https://twitter.com/share?url=x">Share on Twitter</a></li></ul></div>
      </div>
      <div class="govuk-grid-column-one-third">
        <aside class="gem-c-related-navigation govuk-!-display-none-print" role="complementary">
          <h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>
          <nav class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items"><ul class="gem-c-related-navigation__link-list">${related}</ul></nav>
          <h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3>
          <ul class="gem-c-related-navigation__link-list"><li><a class="govuk-link" href="/crime-justice-and-law/prisons-probation">Prisons and probation</a></li><li><a class="govuk-link" href="/crime-justice-and-law/reoffending-rehabilitation">Reoffending and rehabilitation</a></li></ul>
        </aside>
      </div>
    </div>
  </main>
  <div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback">
    <div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt" tabindex="-1">
      <div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions" hidden>
        <div class="gem-c-feedback__prompt-question-answer"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
        <ul class="gem-c-feedback__option-list"><li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link" aria-expanded="false">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li><li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link" aria-expanded="false">No <span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div>
      </div></div>
    </div>
    <form action="/contact/govuk/problem_reports" id="something-is-wrong" class="gem-c-feedback__form js-feedback-form" data-track-category="Onsite Feedback" hidden>
      <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h3 class="gem-c-feedback__form-heading">Help us improve this site</h3>
      <p id="feedback_explanation" class="gem-c-feedback__form-paragraph">Do not include personal or financial information like your National Insurance number or credit card details.</p>
      <div class="govuk-form-group"><label for="input-what-doing" class="gem-c-label govuk-label">What were you doing?</label><input class="gem-c-input govuk-input" id="input-what-doing" name="what_doing" type="text"></div>
      <div class="govuk-form-group"><label for="input-what-wrong" class="gem-c-label govuk-label">What went wrong?</label><textarea class="govuk-textarea" id="input-what-wrong" name="what_wrong" rows="5"></textarea></div>
      <button class="gem-c-button govuk-button" type="submit">Send</button></div></div>
    </form>
  </div>
</div>
<footer role="contentinfo" class="gem-c-layout-footer govuk-footer">
  <div class="govuk-width-container">
    <div class="govuk-footer__navigation">
      <div class="govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2><ul class="govuk-footer__list govuk-footer__list--columns-2">${footerList(TOPICS)}</ul></div>
      <div class="govuk-grid-column-one-third"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2><ul class="govuk-footer__list">${footerList(ACTIVITY)}</ul></div>
    </div>
    <hr class="govuk-footer__section-break">
    <div class="govuk-footer__meta">
      <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
        <h2 class="govuk-visually-hidden">Support links</h2>
        <ul class="govuk-footer__inline-list">${["Help", "Privacy", "Cookies", "Accessibility statement", "Contact", "Terms and conditions", "Rhestr o Wasanaethau Cymraeg", "Government Digital Service"].map((x) => `<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/${slug(x)}">${x}</a></li>`).join("")}</ul>
        <svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 483.2 195.7" height="17" width="41"><path fill="currentColor" d="${svgPath(rand, 140)}"></path></svg>
        <span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="/open-government-licence" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>
      </div>
      <div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="/crown-copyright">&copy; Crown copyright</a></div>
    </div>
  </div>
</footer>
${configScript(rand, "GOVUK_CONFIG", 60)}
${Array.from({ length: 6 }, (_, i) => `<script type="module" src="/assets/static/application-${Math.floor(rand() * 1e12).toString(16)}-${i}.js"></script>`).join("\n")}
</body>
</html>
`;
}

const INSPECTORATE_MENU = {
  "About us": ["Who we are", "Our people", "How we inspect", "Corporate documents", "Working with us", "Vacancies"],
  "Our inspections": ["Adult probation inspections", "Youth justice inspections", "Thematic inspections", "Joint inspections", "Inspection programme", "Ratings explained", "Standards"],
  Publications: ["Inspection reports", "Annual reports", "Research and analysis", "Academic insights", "Effective practice guides", "Data dashboards"],
  Research: ["Research programme", "Evidence base", "Case studies", "Webinars"],
  News: ["Press releases", "Blogs", "Media enquiries", "Newsletter"],
  "Contact us": ["Media office", "Complaints", "Freedom of information", "Accessibility"],
};
const RATINGS = ["Outstanding", "Good", "Requires improvement", "Inadequate"];

/** A page of the inspectorate's own WordPress-style site (about 60 KB). */
export function inspectoratePage(title, body, meta, rand) {
  const t = esc(title);
  const menu = Object.entries(INSPECTORATE_MENU)
    .map(([top, subs], i) => `<li id="menu-item-${100 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-has-children menu-item-${100 + i}"><a href="/hmiprobation/${slug(top)}/">${esc(top)}</a>
<ul class="sub-menu">${subs.map((s, j) => `<li id="menu-item-${200 + i * 10 + j}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${200 + i * 10 + j}"><a href="/hmiprobation/${slug(top)}/${slug(s)}/">${esc(s)}</a></li>`).join("")}</ul></li>`)
    .join("\n");
  // The sidebar's latest news names other providers and their ratings: nothing of it is this page's.
  const latest = Array.from({ length: 8 }, () => `<li><a href="/hmiprobation/media/press-releases/${Math.floor(rand() * 1e6)}/">${esc(meta.otherHeadline(rand))} – rated &#8216;${pick(rand, RATINGS)}&#8217;</a><span class="post-date">${furnitureDate(rand)}</span></li>`).join("\n");
  const yoast = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebPage", "@id": `https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/${slug(title)}/`, name: `${title} - HM Inspectorate of Probation`, isPartOf: { "@id": "https://www.justiceinspectorates.gov.uk/hmiprobation/#website" }, datePublished: meta.isoDate, dateModified: meta.isoDate, inLanguage: "en-GB" },
      { "@type": "BreadcrumbList", itemListElement: [{ "@type": "ListItem", position: 1, name: "Home" }, { "@type": "ListItem", position: 2, name: "Media" }, { "@type": "ListItem", position: 3, name: title }] },
      { "@type": "WebSite", "@id": "https://www.justiceinspectorates.gov.uk/hmiprobation/#website", name: "HM Inspectorate of Probation", inLanguage: "en-GB" },
    ],
  };
  return `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t} - HM Inspectorate of Probation</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/${slug(title)}/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${t}"><meta property="og:site_name" content="HM Inspectorate of Probation">
<meta property="article:published_time" content="${meta.isoDate}T09:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify(yoast)}</script>
<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg"};
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}}(window,document);</script>
<style id="wp-emoji-styles-inline-css">img.wp-smiley, img.emoji { display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }</style>
<style id="global-styles-inline-css">${inlineCss(rand, 160)}</style>
${["wp-block-library", "classic-theme-styles", "cookie-notice-front", "hmi-theme-style", "hmi-print", "dashicons", "search-filter-plugin-styles"].map((x) => `<link rel="stylesheet" id="${x}-css" href="/wp-content/themes/hmi/css/${x}.min.css?ver=6.${Math.floor(rand() * 9)}" media="all">`).join("\n")}
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
${configScript(rand, "cnArgs", 25)}
</head>
<body class="post-template-default single single-post postid-${Math.floor(rand() * 1e5)} single-format-standard wp-embed-responsive hmi-probation cookies-not-set">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header" role="banner">
  <div class="site-branding"><a href="/hmiprobation/" rel="home"><img src="/wp-content/themes/hmi/images/hmi-probation-logo.svg" alt="HM Inspectorate of Probation" width="260" height="60"></a>
  <p class="site-description">Inspecting probation and youth offending services</p></div>
  <div class="header-search"><form role="search" method="get" class="search-form" action="/hmiprobation/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"></label><input type="submit" class="search-submit" value="Search"></form></div>
  <nav id="site-navigation" class="main-navigation" aria-label="Main menu"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
  <ul id="primary-menu" class="menu nav-menu">${menu}</ul></nav>
</header>
<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/"><span><a href="/hmiprobation/">Home</a></span> &gt; <span><a href="/hmiprobation/media/">Media</a></span> &gt; <span><a href="/hmiprobation/media/press-releases/">Press releases</a></span> &gt; <span class="breadcrumb_last" aria-current="page">${t}</span></div>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${Math.floor(rand() * 1e5)}" class="post type-post status-publish format-standard hentry category-press-releases">
  <header class="entry-header"><h1 class="entry-title">${t}</h1>
  <div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="${meta.isoDate}T09:00:00+00:00">${meta.wordDate}</time></span></div></header>
  <div class="entry-content">
${body}
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="/hmiprobation/category/press-releases/" rel="category tag">Press releases</a></span><span class="tags-links">Tagged <a href="/hmiprobation/tag/adult-inspections/" rel="tag">Adult inspections</a>, <a href="/hmiprobation/tag/probation/" rel="tag">Probation</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/hmiprobation/media/press-releases/p/" rel="prev">${esc(meta.otherHeadline(rand))}</a></div><div class="nav-next"><a href="/hmiprobation/media/press-releases/n/" rel="next">${esc(meta.otherHeadline(rand))}</a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
  <section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Latest news</h2><ul>${latest}</ul></section>
  <section id="search-filter-2" class="widget widget_search_filter"><h2 class="widget-title">Find an inspection report</h2><form method="post" class="searchandfilter"><ul><li><select name="ofregion"><option value="">All regions</option>${["North East", "North West", "Yorkshire and the Humber", "East Midlands", "West Midlands", "East of England", "London", "South East", "South West", "Wales"].map((r) => `<option value="${slug(r)}">${r}</option>`).join("")}</select></li><li><input type="submit" value="Filter"></li></ul></form></section>
  <section id="text-5" class="widget widget_text"><h2 class="widget-title">Follow us</h2><div class="textwidget"><p>Follow the inspectorate for news of our latest reports.</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
  <div class="footer-widgets">${["Our inspections", "Publications", "About us"].map((k) => `<div class="footer-widget"><h2 class="widget-title">${k}</h2><ul>${INSPECTORATE_MENU[k].map((s) => `<li><a href="/hmiprobation/${slug(s)}/">${s}</a></li>`).join("")}</ul></div>`).join("")}
  <div class="footer-widget"><h2 class="widget-title">Contact</h2><address>HM Inspectorate of Probation<br>1st Floor, Civil Justice Centre<br>Manchester</address></div></div>
  <div class="site-info">&copy; Crown copyright. All content is available under the Open Government Licence v3.0, except where otherwise stated.</div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use cookies so that the site works, and to understand how it is used. If you carry on, we will take it that you are content with this.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Accept">Accept</a><a href="/hmiprobation/privacy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button">Privacy policy</a></span></div></div>
${configScript(rand, "hmiSearchFilter", 80)}
${["cookie-notice-front", "navigation", "skip-link-focus-fix", "search-filter-build", "select2"].map((x) => `<script src="/wp-content/plugins/${x}/${x}.min.js?ver=1.${Math.floor(rand() * 20)}" id="${x}-js"></script>`).join("\n")}
</body>
</html>
`;
}

const SECTIONS = ["News", "Local news", "Crime", "Courts", "Politics", "Health", "Education", "Sport", "Football", "Cricket", "What's On", "Food and drink", "Property", "Motors", "Jobs", "Announcements", "Family notices", "Weather", "Traffic and travel", "Opinion", "Letters", "Business", "Money", "Lifestyle", "Shopping", "Competitions", "Puzzles", "Newsletters", "Contact us", "Advertise"];

/** A story page on a local news site (about 150 KB: news sites embed the story again in a JSON state, and much configuration). */
export function newsPage(title, body, paragraphs, meta, rand) {
  const t = esc(title);
  const nav = SECTIONS.map((s) => `<li class="nav-item"><a class="nav-link" href="/${slug(s)}/" data-link-tracking="Nav|${s}">${esc(s)}</a></li>`).join("");
  const headline = () => esc(meta.otherHeadline(rand));
  const mostRead = Array.from({ length: 10 }, (_, i) => `<li class="most-read__item"><span class="most-read__rank">${i + 1}</span><a href="/news/local-news/${Math.floor(rand() * 1e8)}">${headline()}</a></li>`).join("");
  const teaser = () => `<div class="teaser"><a href="/news/${Math.floor(rand() * 1e8)}"><img src="/img/${Math.floor(rand() * 1e9)}.jpg" alt="" loading="lazy" width="300" height="200"><h3 class="teaser__title">${headline()}</h3></a><time class="teaser__date">${furnitureDate(rand)}</time></div>`;
  const comments = Array.from({ length: 5 }, () => `<li class="comment"><div class="comment__author">${pick(rand, ["LocalReader", "Taxpayer1970", "JustSaying", "Concerned", "OldTimer"])}${Math.floor(rand() * 99)}</div><p class="comment__body">${pick(rand, ["This is the same story every time, nothing ever changes.", "Good to see the staff being praised for once.", "Should have been rated inadequate years ago in my opinion.", "Where is the money going? That is what I want to know.", "Well done to everyone who works there, it is not an easy job."])}</p></li>`).join("");
  // The state blob: the story again (as the site's front end renders it), and the site's configuration.
  const state = {
    article: { id: Math.floor(rand() * 1e8), headline: title, standfirst: meta.standfirst, published: meta.isoDate, author: meta.byline, body: paragraphs.map((p) => ({ type: "paragraph", text: p })), tags: ["probation", "crime", "courts"] },
    config: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`flag_${i}`, rand() < 0.5 ? rand() < 0.5 : `v${Math.floor(rand() * 1e9).toString(36)}`])),
    recommended: Array.from({ length: 40 }, () => ({ id: Math.floor(rand() * 1e8), title: meta.otherHeadline(rand), url: `/news/${Math.floor(rand() * 1e8)}`, image: { src: `/img/${Math.floor(rand() * 1e9)}.jpg`, width: 300, height: 200 } })),
    ads: Array.from({ length: 30 }, (_, i) => ({ slot: `div-gpt-ad-${i}`, sizes: [[300, 250], [728, 90], [970, 250]], targeting: { pos: i, section: "news", kw: ["probation", "inspection", "local"] } })),
  };
  const ad = (i) => `<div class="ad-slot ad-slot--mpu" id="div-gpt-ad-${i}" data-ad-pos="${i}"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-${i}")});</script><span class="ad-slot__label">Advertisement</span></div>`;
  // Adverts, a "Read more" link and a newsletter sign-up between the story's paragraphs, as such sites place them.
  let n = 0;
  const inArticle = body.replace(/<\/p>\n/g, (m) => {
    n++;
    if (n === 2) return `${m}${ad(1)}\n`;
    if (n === 3) return `${m}<aside class="read-more"><strong>Read more:</strong> <a href="/news/${Math.floor(rand() * 1e8)}">${headline()}</a></aside>\n`;
    if (n === 5) return `${m}<div class="newsletter-signup" data-newsletter="daily"><h3 class="newsletter-signup__title">Get the day's top stories by email</h3><p class="newsletter-signup__text">Sign up for our free daily newsletter.</p><form class="newsletter-signup__form"><input type="email" placeholder="Enter your email"><button type="submit">Sign up</button></form></div>\n`;
    if (n === 7) return `${m}${ad(2)}\n`;
    return m;
  });
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${t} - ${esc(meta.paper)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(meta.standfirst)}">
<meta property="og:type" content="article"><meta property="og:title" content="${t}"><meta property="og:site_name" content="${esc(meta.paper)}"><meta property="og:description" content="${esc(meta.standfirst)}">
<meta property="article:published_time" content="${meta.isoDate}T${String(6 + Math.floor(rand() * 12)).padStart(2, "0")}:${String(Math.floor(rand() * 60)).padStart(2, "0")}:00Z">
<meta property="article:section" content="News"><meta name="twitter:card" content="summary_large_image">
${Array.from({ length: 10 }, (_, i) => `<link rel="preload" as="script" href="/static/js/chunk-${Math.floor(rand() * 1e12).toString(16)}-${i}.js">`).join("\n")}
<link rel="stylesheet" href="/static/css/main.${Math.floor(rand() * 1e12).toString(16)}.css">
<script>window.googletag = window.googletag || {cmd: []}; window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"article","section":"news","contentId":${Math.floor(rand() * 1e8)}});</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.__STATE__ = ${JSON.stringify(state)};</script>
<style>${inlineCss(rand, 120)}</style>
</head>
<body class="article-page section-news">
<div class="ad-slot ad-slot--leaderboard" id="div-gpt-ad-0"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-0")});</script></div>
<header class="site-header"><div class="site-header__brand"><a href="/"><svg class="logo" viewBox="0 0 400 60" aria-label="${esc(meta.paper)}"><path d="${svgPath(rand, 300)}"></path></svg></a></div>
<nav class="site-nav" aria-label="Sections"><ul class="nav-list">${nav}</ul></nav>
<div class="breaking-bar"><span class="breaking-bar__label">Trending</span><ul>${Array.from({ length: 5 }, () => `<li><a href="/news/${Math.floor(rand() * 1e8)}">${headline()}</a></li>`).join("")}</ul></div></header>
<main class="page-main">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
  <h1 class="article__headline" itemprop="headline">${t}</h1>
  <p class="article__standfirst">${esc(meta.standfirst)}</p>
  <div class="article__byline"><span class="byline__author" itemprop="author">${esc(meta.byline)}</span> <span class="byline__role">Crime reporter</span> <time itemprop="datePublished" datetime="${meta.isoDate}">${meta.wordDate}</time></div>
  <div class="share-bar"><a class="share-bar__item" href="https://www.facebook.com/sharer/sharer.php">Share</a><a class="share-bar__item" href="https://twitter.com/intent/tweet">Post</a><a class="share-bar__item" href="mailto:?subject=x">Email</a><span class="share-bar__count">${Math.floor(rand() * 200)} comments</span></div>
  <figure class="article__image"><img src="/img/${Math.floor(rand() * 1e9)}.jpg" alt="A probation office" width="800" height="450"><figcaption class="caption">The probation office (Image: stock picture)</figcaption></figure>
  <div class="article-body" itemprop="articleBody">
${inArticle}
  </div>
  <div class="article__tags tags"><a href="/all-about/probation">Probation</a><a href="/all-about/crime">Crime</a><a href="/all-about/courts">Courts</a></div>
</article>
<section class="comments" id="comments"><h2 class="comments__title">Comments</h2><p class="comments__rules">Our community rules apply to all content you upload or otherwise submit to this site.</p><ol class="comments__list">${comments}</ol></section>
<section class="more-stories"><h2>More on this story</h2>${Array.from({ length: 6 }, teaser).join("")}</section>
<aside class="sidebar"><div class="most-read"><h2 class="most-read__title">Most read</h2><ol>${mostRead}</ol></div>${ad(3)}<div class="top-stories"><h2>Top stories</h2>${Array.from({ length: 8 }, teaser).join("")}</div></aside>
</main>
<footer class="site-footer"><nav aria-label="Footer"><ul>${nav}</ul><ul>${["About us", "Contact us", "Advertise with us", "Terms and conditions", "Privacy notice", "Cookie notice", "How to complain", "Corrections and clarifications", "Syndication and licensing", "Sitemap"].map((x) => `<li><a href="/${slug(x)}">${x}</a></li>`).join("")}</ul></nav><p class="site-footer__legal">&copy; ${esc(meta.paper)} Ltd. All rights reserved. Registered in England and Wales.</p></footer>
<div class="cookie-consent" id="cookie-consent"><p>We and our partners use cookies and similar technologies to personalise content and adverts and to measure how the site is used.</p><button class="cookie-consent__accept">Accept all</button><button class="cookie-consent__manage">Manage preferences</button></div>
${configScript(rand, "__ANALYTICS__", 120)}
${Array.from({ length: 12 }, (_, i) => `<script defer src="/static/js/chunk-${Math.floor(rand() * 1e12).toString(16)}-${i}.js"></script>`).join("\n")}
</body>
</html>
`;
}
