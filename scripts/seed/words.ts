/**
 * Vocabulary for realistic freelancer data, as |-separated lists (compact to read and to diff). A few names
 * carry diacritics (Café, Zoë, Søren) on purpose, and common search words ("design", "ux", "acme") recur often
 * enough to be the worst cases for search.
 */

const list = (items: string): readonly string[] => items.split('|');

export const ADMIN_DEADLINES = list(
  'File quarterly VAT return|Pay income tax instalment|Renew professional liability insurance|Update portfolio website|Back up project archive|Renew domain names|Send yearly rate increase letters|Reconcile bank statements',
);

export const AGENCY_SECOND = list('Talent|Recruitment|Staffing|Freelance Network');

/** City and its IANA time zone. */
export const CITIES = list(
  'Berlin=Europe/Berlin|Munich=Europe/Berlin|Hamburg=Europe/Berlin|London=Europe/London|Manchester=Europe/London|Paris=Europe/Paris|Amsterdam=Europe/Amsterdam|Stockholm=Europe/Stockholm|Zürich=Europe/Zurich|Lisbon=Europe/Lisbon|New York=America/New_York|San Francisco=America/Los_Angeles|Toronto=America/Toronto|Tokyo=Asia/Tokyo|Sydney=Australia/Sydney|Remote=UTC',
).map((entry) => entry.split('=') as [string, string]);

export const COMPANY_FIRST = list(
  'Acme|Northwind|Globex|Initech|Umbrella|Hooli|Pixel|Lumen|Quantum|Velvet|Copper|Harbor|Summit|Atlas|Nova|Orbit|Cedar|Maple|Ivory|Crimson|Café|Müller|Zürich|Nordic|Alpine|Silver|Urban|Bright|Blue|Green|Falcon|Beacon|Meridian|Kestrel|Juniper|Saffron|Tandem|Fjord|Sølv|Lighthouse|Paper Plane|Red Kite|Oak & Ash|Brightwave|Wildflower|Ironbark|Bluebird|Evergreen|Polaris|Helix',
);

export const COMPANY_SECOND = list(
  'Labs|Studio|Works|Robotics|Health|Foods|Media|Systems|Analytics|Design|Capital|Logistics|Games|Ventures|Bank|Energy|Travel|Digital|Collective|Partners|Architects|Coffee|Bikes|Insurance|Learning',
);

export const COMPANY_SUFFIX = list('||||GmbH|Ltd|Inc.|SAS|AB|BV|LLC');

export const DEADLINE_THINGS = list(
  'proposal|quote|contract|invoice|wireframes|design mockups|first draft|final files|timesheet|status report|case study|statement of work|style guide|release notes|user interviews|usability test plan|estimate|retainer agreement|NDA|project plan',
);

export const DEADLINE_VERBS = list(
  'Send|Review|Finish|Deliver|Prepare|Draft|Submit|Update|Invoice|Confirm|Present|Follow up on|Sign|Renew|Test',
);

export const FIRST_NAMES = list(
  'Anna|Ben|Chloé|David|Elena|Felix|Greta|Hugo|Ines|Jonas|Kai|Lea|Mateo|Nora|Oskar|Priya|Quentin|Rosa|Søren|Tomás|Uma|Viktor|Wen|Xavier|Yusuf|Zoë|Amélie|Björn|Carmen|Dmitri|Emma|François|Hana|Jürgen|Leila|Marta|Noah|Olivia|Raj|Sofia',
);

export const GIG_HOW = list(
  'redesign|build|refresh|MVP|migration|audit|prototype|rebuild|v2|maintenance|rollout|workshop|research sprint|performance tuning|localisation',
);

export const GIG_WHAT = list(
  'Website|Mobile app|Brand identity|Design system|Landing page|Checkout flow|Onboarding|Dashboard|Data pipeline|API|Marketing site|Product launch video|Pitch deck|Newsletter|Documentation|Admin panel|Booking system|Analytics setup|Logo|Illustrations|UX audit|Accessibility review|Payment integration|Search feature|Content strategy',
);

export const INBOUND = list('Website form|LinkedIn message|Newsletter reply|Conference talk|Dribbble');

export const LAST_NAMES = list(
  "Schmidt|Müller|Dubois|García|Rossi|Nowak|Jensen|Smith|Johnson|Okafor|Tanaka|Kim|Silva|Novák|Larsen|Andersson|Fischer|Martin|Bernard|O'Brien|Kowalski|Ivanova|Haddad|Patel|Nguyen|Lefèvre|Öztürk|Brown|Wilson|Costa",
);

export const NOTE_OPENERS = list(
  'Called|Emailed|Met|Chatted with|Heard back from|Sent an update to|Reminded|Caught up with',
);

export const PLATFORMS = list('Upwork|Malt|Toptal|Contra|Fiverr Pro|Working Not Working|LinkedIn');

export const ROLES = list(
  'CEO|CTO|Founder|Head of Design|Product Manager|Engineering Manager|Marketing Lead|Recruiter|Procurement|Office Manager|Creative Director|UX Lead|Project Manager|Talent Partner',
);

export const SENTENCE_WORDS = list(
  'client|wants|faster|timeline|budget|approved|feedback|round|stakeholders|meeting|scope|change|request|design|review|launch|date|moved|invoice|paid|late|needs|access|staging|server|content|missing|copy|images|legal|sign-off|pending|call|next|week|Friday|Monday|contract|rate|hours|estimate|extra|sprint|handover|team|remote|onsite|workshop|priority|research|users|interviews|prototype|test|results|accessibility|performance|SEO|analytics|brand|colours|typography|logo|mobile|desktop|checkout|payments|newsletter|UX|React|migration|deadline|risk|blocked|waiting|answer|decision|café|coffee|lunch|follow-up|referral|deposit|milestone|retainer',
);

export const TAGS = list(
  'UX|UI design|React|TypeScript|Node.js|Branding|Copywriting|SEO|Fintech|Healthcare|E-commerce|SaaS|Mobile|iOS|Android|Data|Python|DevOps|AWS|Illustration|Motion|Video|Photography|Strategy|Workshop|UX research|Accessibility|Nonprofit|Education|Gaming|Retail|Startup|Enterprise|Remote|Long-term|Urgent|Retainer|Design system|Rust|Café',
);
