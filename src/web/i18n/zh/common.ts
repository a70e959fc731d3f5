/** Chinese: the shell so far; everything else falls back to English. */
export const zhCommon = {
  app: { title: 'ECS 镜像控制台' },
  nav: { instancesAndImages: '实例与镜像', instances: '实例', images: '镜像' },
  actions: { refresh: '刷新', retry: '重试', cancel: '取消', close: '关闭', create: '创建' },
};
