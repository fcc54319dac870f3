// The sample's Eleventy config. Postcraft reads this file as text and never runs it.
export default function (eleventyConfig) {
  // Drafts, as the Eleventy docs suggest: a template whose data says `draft: true` is left out of a build.
  eleventyConfig.addPreprocessor("drafts", "*", (data) => {
    if (data.draft && process.env.ELEVENTY_RUN_MODE === "build") {
      return false;
    }
  });
}

export const config = {
  dir: {
    input: "content",
    output: "_site",
  },
  markdownTemplateEngine: "njk",
};
