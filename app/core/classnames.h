// What the class and id names of a page's blocks say: page chrome or article.
#pragma once

#include "htmltree.h"

#include <QString>

namespace ClassNames {

struct Verdict
{
    bool negative = false; // names a comment list, share bar, ad, sidebar...
    bool positive = false; // names content: "entry-content", "post", "story"...
};

// Judges a class or id attribute. Each name is read in parts
// ("comments-area" is "comments" and "area"): a name with a chrome part is
// negative ("related-content"), one with only content parts positive
// ("entry-content"). A positive name outweighs negative ones on the same
// element ("site-content comments-open").
Verdict judge(const QString &names);

// Readability's class weight: -25 or +25 each for the class and the id.
int weight(const HtmlTree &tree, HtmlTree::NodeId id);

} // namespace ClassNames
