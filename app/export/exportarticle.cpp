#include "exportarticle.h"

Citation::Source ExportArticle::citationSource() const
{
    return Citation::Source{author, title, source, published, link, retrieved};
}
