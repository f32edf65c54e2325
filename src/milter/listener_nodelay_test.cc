#include "milter/listener_nodelay.h"

#include <gtest/gtest.h>
#include <netinet/tcp.h>

#include "milter/milter_test_support.h"

namespace phishscan {
namespace {

TEST(ListenerNoDelayTest, SetsTheOptionOnTheMatchingListener) {
  int port = testing::FreeLoopbackPort();
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in addr = {};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<struct sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(listen(fd, 4), 0);
  int value = 0;
  socklen_t len = sizeof value;
  ASSERT_EQ(getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &value, &len), 0);
  EXPECT_EQ(value, 0);
  EXPECT_TRUE(SetNoDelayOnListener(testing::InetSocket(port)));
  ASSERT_EQ(getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &value, &len), 0);
  EXPECT_NE(value, 0);
  close(fd);
}

TEST(ListenerNoDelayTest, IgnoresOtherSpecsAndPorts) {
  EXPECT_FALSE(SetNoDelayOnListener("unix:/run/phishscan.sock"));
  EXPECT_FALSE(SetNoDelayOnListener("inet:notaport@127.0.0.1"));
  EXPECT_FALSE(SetNoDelayOnListener(testing::InetSocket(testing::FreeLoopbackPort())));
}

}  // namespace
}  // namespace phishscan
