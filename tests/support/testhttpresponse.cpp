#include "testhttpresponse.h"

#include "testhttpencoding.h"

TestHttpResponse TestHttpResponse::ok(const QByteArray &body, const QByteArray &contentType)
{
    TestHttpResponse response;
    response.body = body;
    if (!contentType.isEmpty())
        response.header("Content-Type", contentType);
    return response;
}

TestHttpResponse TestHttpResponse::withStatus(int status, const QByteArray &body)
{
    TestHttpResponse response;
    response.status = status;
    response.body = body;
    return response;
}

TestHttpResponse TestHttpResponse::redirect(int status, const QByteArray &location)
{
    TestHttpResponse response;
    response.status = status;
    response.header("Location", location);
    return response;
}

QByteArray TestHttpResponse::encodedBody() const
{
    switch (encoding) {
    case Encoding::Gzip:
        return TestHttpEncoding::gzip(body);
    case Encoding::Deflate:
        return TestHttpEncoding::deflate(body);
    case Encoding::Identity:
        break;
    }
    return body;
}
