/**
 * The bot's own words in English, the fallback locale. Article text is never translated.
 * `{name}` is a placeholder; backticks mark a command the user can type (Discord shows it as code,
 * plain text drops the backticks). Every other locale has exactly these keys and placeholders.
 */
export const en = {
  // Commands and options as Discord registers them and /help lists them.
  "command.ask.name": "ask",
  "command.ask.description": "Ask a question about the article (English or German)",
  "command.quote.name": "quote",
  "command.quote.description": "Quotes of a person, or about a topic",
  "command.section.name": "section",
  "command.section.description": "Show a section of the article",
  "command.sections.name": "sections",
  "command.sections.description": "List the sections of the article",
  "command.about.name": "about",
  "command.about.description": "About the article: source, date, sections",
  "command.help.name": "help",
  "command.help.description": "How to use this bot",
  "option.question.name": "question",
  "option.question.description": "Your question, in English or German",
  "option.speaker-or-topic.name": "speaker-or-topic",
  "option.speaker-or-topic.description": "A person's name or role, or a topic word",
  "option.name.name": "name",
  "option.name.description": "Heading, a word of it, or its number (e.g. 2)",
  "option.article.name": "article",
  "option.article.description": "Which article (when there are several)",
  "option.hide.name": "hide",
  "option.hide.description": "Only you see the answer",
  "option.for.name": "for",
  "option.for.description": "Suggest the answer to someone (pings only them)",

  // Answers and hints.
  answerTitle: "Answer",
  notAnswered: "The article does not say",
  relatedPassages: "Closest passages (related, not an answer):",
  noMatch: 'Nothing in the article matches "{query}". Try other words, or /sections.',
  emptyQuestion:
    "Ask a question about the article, in English or German, e.g. `/ask Who is quoted, and on what?`",
  emptySection: "Name a section by its heading, a word of it, or its number, e.g. `/section 2`.",
  noSection: 'No section matches "{query}".',
  alsoSections: "Other candidates",
  emptyQuote: "Name a person (by name or role) or a topic word; `/about` lists who is in the article.",
  noQuote: 'No quote matches "{query}". Try a name or another word.',
  notQuoted: "{name} is in the article but not quoted. Passages that mention them:",
  quotesBy: "Quotes by {name}",
  quotesAbout: 'Quotes about "{query}"',
  indirect: "indirect",
  unattributed: "unattributed",
  quoteCount: "{n} quotes",
  oneQuote: "1 quote",
  alsoKnownAs: "also: {aliases}",
  sectionsTitle: "Sections",
  paragraphs: "{n} paragraphs",
  paragraph: "1 paragraph",
  helpTitle: "How to use article-bot",
  helpMention: "You can also mention me with a question, or send me a DM.",
  aboutDate: "Date",
  aboutSource: "Source",
  aboutPhoto: "Photo",
  aboutCounts: "Counts",
  aboutCountsValue: "{sections} sections, {paragraphs} paragraphs",
  noArticle: 'There is no article "{article}". Pick one from the list.',
  optionTooLong: 'Option "{option}" of /{command}: Keep it under {max} characters.',
  optionMissing: 'Option "{option}" of /{command}: Type some words.',
  optionInvalid: 'Option "{option}" of /{command}: That is not a value this option takes.',

  // Discord: buttons, sharing, limits, failures.
  previous: "Previous",
  showPassage: "Show passage",
  showLess: "Show less",
  suggestedFor: "Suggested for {user}",
  next: "Next",
  moreResults: "More results",
  page: "Page {page}/{pages}",
  expired: "These buttons have expired. Run the command again.",
  slowDown: "Slow down a little: try again in {seconds} s.",
  unknownCommand: "I don't know the command /{name}. Try /help.",
  failed: "Something went wrong on my side (ref {ref}). Please try again.",

  // Discord-native reading: the message context menu, shared answers, channels the bot cannot post in.
  "menu.ask.name": "Ask the article",
  helpMenu: "On any message, Apps → **Ask the article** answers its text, just for you.",
  menuNoText: "That message has no text I could ask the article about.",
  share: "Share in channel",
  sharedBy: "Shared by {user}",
  deleteAnswer: "Delete",
  notYourDelete: "Only the person who asked can delete this answer.",
  cannotPost:
    "I can't post in this channel: a server admin must give me the **{permission}** permission here. Meanwhile, here is the answer just for you.",
  "permission.ViewChannel": "View Channels",
  "permission.SendMessages": "Send Messages",
  "permission.SendMessagesInThreads": "Send Messages in Threads",
  "permission.EmbedLinks": "Embed Links",
  "permission.ReadMessageHistory": "Read Message History",

  // Console.
  consoleUnknownCommand: "Unknown command /{name}. Try /help.",

  // Live corpus: /article (moderators), several articles, the console's article choice.
  "command.article.name": "article",
  "command.article.description": "Moderators: add, remove or list the articles",
  "option.list.name": "list",
  "option.list.description": "The articles the bot answers from",
  "option.add.name": "add",
  "option.add.description": "Add an article: attach a file, or leave it out to paste the text",
  "option.remove.name": "remove",
  "option.remove.description": "Remove an article",
  "option.file.name": "file",
  "option.file.description": "A raw agency export or a corpus Markdown file",
  "option.id.name": "id",
  "option.id.description": "The article's id",
  articleList: "Articles in the corpus ({n}):\n{list}",
  articleAdded: 'Added "{id}" ({title}). It is answerable now.',
  articleUnchanged: '"{id}" is already in the corpus with this text; nothing changed.',
  articleRemoved: 'Removed "{id}" ({title}).',
  articleInvalid: "That is not an article the bot can read. {message}",
  articleTooLarge:
    "That is over the corpus file limit of {kb} KB. Split the article, or ask the operator to raise CORPUS_MAX_FILE_KB.",
  articleExists:
    'An article with the id "{id}" is already in the corpus with other content. Remove it first (`/article remove`), then add the new version.',
  articleUnknown: 'No article has the id "{id}". `/article list` shows them.',
  articleLast: '"{id}" is the only article. Add another one before removing it.',
  articleModeratorsOnly: "Only members with the Manage Server permission can change the articles.",
  "articleDownload.notWeb":
    "Could not download the attachment: its address ({detail}) is not a web address. Try again, or leave out the file and paste the text.",
  "articleDownload.status":
    "Could not download the attachment: Discord answered {detail}. Try again, or leave out the file and paste the text.",
  "articleDownload.timeout":
    "Could not download the attachment: no answer within {detail} s. Try again, or leave out the file and paste the text.",
  "articleDownload.network":
    "Could not download the attachment ({detail}). Try again, or leave out the file and paste the text.",
  articleModalTitle: "Add an article",
  articleModalLabel: "Raw agency export or corpus Markdown",
  articleModalPlaceholder: "Paste up to 4,000 characters; attach a file for a longer article.",
  pickArticle: 'Several articles have a section "{query}". Name one with the `article` option:\n{list}',
  articleUsing:
    'Answering from "{id}" ({title}) only. `/article use` without an id goes back to all articles.',
  articleUsingAll: "Answering from all articles.",
  consoleArticleUsage:
    "Use `/article list`, `/article add <file>`, `/article remove <id>` or `/article use [<id>]`.",
  consoleFileUnreadable: "Cannot read {path}: {reason}",
} as const;

/** A key of the phrase table. */
export type PhraseKey = keyof typeof en;

/** One locale's phrase table: every key of the English one. */
export type Phrases = { readonly [K in PhraseKey]: string };
