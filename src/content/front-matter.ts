import yaml from "js-yaml";

/**
 * Front matter is read with YAML's core schema, so `date: 2013-13-45` stays a string that the
 * date check rejects, instead of a Date silently rolled over to February 2014.
 */
export const frontMatterParsingOptions = {
  engines: {
    yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object,
  },
};
